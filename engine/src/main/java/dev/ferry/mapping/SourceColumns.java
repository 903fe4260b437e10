package dev.ferry.mapping;

import dev.ferry.coerce.ValueType;
import dev.ferry.source.SourceSystem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns an object's source records have, with the types expressions see them as: the source
 * system's documented columns (text), the admin-defined fields the map names (text), then the columns
 * the object declares (their declared types). Validation and compilation both use this one answer.
 */
public final class SourceColumns {

  private SourceColumns() {}

  public static Map<String, ValueType> of(MappingSpec map, ObjectSpec object) {
    Map<String, ValueType> columns = new LinkedHashMap<>();
    SourceSystem.named(map.source().system()).ifPresent(system -> {
      system.object(object.from()).ifPresent(o -> o.columns().forEach(c -> columns.put(c, ValueType.TEXT)));
      if (system.customFieldObject().equals(object.from())) {
        map.source().customFields().forEach(field -> columns.put(field.name(), ValueType.TEXT));
      }
    });
    object.columns().forEach((name, type) -> columns.put(name, type.type()));
    return columns;
  }

  /** The type a field reads its value as: its declared type, else its column's declared type, else text. */
  public static ValueType typeOf(FieldSpec field, Map<String, ValueType> columns) {
    if (field.type() != null) {
      return field.type();
    }
    return field.source() instanceof FieldSource.Column c ? columns.getOrDefault(c.column(), ValueType.TEXT)
        : ValueType.TEXT;
  }
}
