package dev.ferry.mapping;

import dev.ferry.coerce.DateOrder;
import dev.ferry.coerce.ValueType;
import dev.ferry.diagnostic.Location;
import dev.ferry.load.LoadedMap;
import dev.ferry.load.NodePositions;
import dev.ferry.mapping.FieldSource.Lookup.LinkShape;
import dev.ferry.mapping.FieldSource.Lookup.MissingPolicy;
import dev.ferry.mapping.ObjectSpec.ColumnType;
import dev.ferry.mapping.ObjectSpec.RouteSpec;
import dev.ferry.mapping.ObjectSpec.RuleSpec;
import dev.ferry.mapping.ObjectSpec.TimestampSpec;
import dev.ferry.mapping.ObjectSpec.TimestampsSpec;
import dev.ferry.mapping.ObjectSpec.UniqueKey;
import dev.ferry.mapping.SourceSpec.SourceCustomField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the typed {@link MappingSpec} from a loaded tree that the JSON Schema has accepted. Because
 * the schema has checked shapes and enums, this class only translates; it makes no judgements. Every
 * element gets the location of the YAML node it came from.
 */
public final class MappingBinder {

  private final NodePositions positions;

  private MappingBinder(NodePositions positions) {
    this.positions = positions;
  }

  /** Binds a schema-valid map. Behaviour on a tree the schema rejected is undefined. */
  public static MappingSpec bind(LoadedMap map) {
    return new MappingBinder(map.positions()).root(asMap(map.tree()));
  }

  private MappingSpec root(Map<String, Object> root) {
    List<ReferenceSpec> references = new ArrayList<>();
    forEach(root, "references", "", (item, at) -> references.add(reference(asMap(item), at)));
    List<ObjectSpec> objects = new ArrayList<>();
    forEach(root, "objects", "", (item, at) -> objects.add(object(asMap(item), at)));
    Map<String, Object> tags = asMap(root.get("tags"));
    return new MappingSpec(
        ((Number) root.get("version")).intValue(),
        string(root, "name"),
        string(root, "description"),
        source(asMap(root.get("source")), "/source"),
        target(asMap(root.get("target")), "/target"),
        owners(asMap(root.get("owners")), "/owners"),
        tags == null ? TagPolicy.keep(at("")) : tagPolicy(tags, "/tags"),
        references,
        objects,
        at(""));
  }

  private SourceSpec source(Map<String, Object> source, String pointer) {
    List<SourceCustomField> customFields = new ArrayList<>();
    Map<String, Object> declared = asMap(source.get("custom_fields"));
    if (declared != null) {
      declared.forEach((name, value) -> {
        Map<String, Object> field = asMap(value);
        String fieldPointer = NodePositions.child(pointer + "/custom_fields", name);
        customFields.add(new SourceCustomField(
            name, string(field, "slot"), string(field, "label"), keyAt(fieldPointer)));
      });
    }
    String order = string(source, "date_order");
    return new SourceSpec(
        string(source, "system"),
        string(source, "export"),
        string(source, "timezone"),
        order == null ? DateOrder.UNSPECIFIED : DateOrder.valueOf(constant(order)),
        customFields,
        at(pointer),
        at(pointer + "/timezone"));
  }

  private TargetSpec target(Map<String, Object> target, String pointer) {
    List<CustomFieldSpec> fields = new ArrayList<>();
    forEach(target, "custom_fields", pointer, (item, at) -> {
      Map<String, Object> field = asMap(item);
      fields.add(new CustomFieldSpec(
          string(field, "name"),
          string(field, "label"),
          string(field, "type"),
          stringOrList(field.get("object")),
          stringOrList(field.get("choices")),
          at(at)));
    });
    String leads = string(target, "leads");
    return new TargetSpec(
        string(target, "system"),
        leads == null ? TargetSpec.LeadMode.MODULE : TargetSpec.LeadMode.valueOf(constant(leads)),
        fields,
        at(pointer));
  }

  private OwnerPolicy owners(Map<String, Object> owners, String pointer) {
    String unmatched = string(owners, "unmatched");
    return new OwnerPolicy(
        orDefault(string(owners, "match"), "email"),
        string(owners, "fallback"),
        unmatched == null ? OwnerPolicy.Unmatched.FALLBACK : OwnerPolicy.Unmatched.valueOf(constant(unmatched)),
        at(pointer));
  }

  private TagPolicy tagPolicy(Map<String, Object> tags, String pointer) {
    String collision = string(tags, "on_collision");
    return new TagPolicy(
        collision == null ? TagPolicy.Collision.KEEP : TagPolicy.Collision.valueOf(constant(collision)),
        string(tags, "prefix"),
        at(pointer));
  }

  private ReferenceSpec reference(Map<String, Object> reference, String pointer) {
    return new ReferenceSpec(
        string(reference, "name"),
        string(reference, "description"),
        string(reference, "from"),
        string(reference, "to"),
        at(pointer));
  }

  private ObjectSpec object(Map<String, Object> object, String pointer) {
    List<RouteSpec> routes = new ArrayList<>();
    forEach(object, "routes", pointer, (item, at) -> {
      Map<String, Object> route = asMap(item);
      routes.add(new RouteSpec(string(route, "to"), expression(route, "when", at), at(at)));
    });
    List<UniqueKey> unique = new ArrayList<>();
    forEach(object, "unique", pointer, (item, at) -> unique.add(new UniqueKey(stringOrList(item), at(at))));
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    Map<String, Object> declaredColumns = asMap(object.get("columns"));
    if (declaredColumns != null) {
      declaredColumns.forEach((name, type) -> columns.put(name, new ColumnType(
          valueType((String) type), at(NodePositions.child(pointer + "/columns", name)))));
    }
    List<RuleSpec> rules = new ArrayList<>();
    forEach(object, "rules", pointer, (item, at) -> {
      Map<String, Object> rule = asMap(item);
      rules.add(new RuleSpec(
          string(rule, "name"), expression(rule, "expect", at), string(rule, "message"), at(at)));
    });
    List<FieldSpec> fields = new ArrayList<>();
    forEach(object, "fields", pointer, (item, at) -> fields.add(field(asMap(item), at)));
    return new ObjectSpec(
        string(object, "id"),
        string(object, "description"),
        string(object, "from"),
        string(object, "key"),
        string(object, "to"),
        routes,
        string(object, "identify_by"),
        unique,
        columns,
        rules,
        timestamps(asMap(object.get("timestamps")), pointer + "/timestamps"),
        fields,
        at(pointer));
  }

  private TimestampsSpec timestamps(Map<String, Object> timestamps, String pointer) {
    if (timestamps == null) {
      return TimestampsSpec.NONE;
    }
    return new TimestampsSpec(
        timestamp(asMap(timestamps.get("created")), pointer + "/created"),
        timestamp(asMap(timestamps.get("updated")), pointer + "/updated"));
  }

  private TimestampSpec timestamp(Map<String, Object> timestamp, String pointer) {
    return timestamp == null
        ? null
        : new TimestampSpec(string(timestamp, "from"), string(timestamp, "to"), at(pointer));
  }

  private FieldSpec field(Map<String, Object> field, String pointer) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> declaredValues = asMap(field.get("values"));
    if (declaredValues != null) {
      values.putAll(declaredValues);
    }
    String type = string(field, "type");
    String unmapped = string(field, "unmapped");
    return new FieldSpec(
        string(field, "to"),
        fieldSource(field, pointer),
        type == null ? null : valueType(type),
        Boolean.TRUE.equals(field.get("required")),
        field.get("default"),
        values,
        unmapped == null ? FieldSpec.Unmapped.REJECT : FieldSpec.Unmapped.valueOf(constant(unmapped)),
        string(field, "separator"),
        stringOrList(field.get("for")),
        string(field, "description"),
        at(pointer));
  }

  /**
   * The field's value source. The schema cannot say "exactly one of" readably, so a field naming none
   * or several binds to the first found (or null) and the semantic checker reports it.
   */
  private FieldSource fieldSource(Map<String, Object> field, String pointer) {
    for (String key : FIELD_SOURCE_KEYS) {
      if (!field.containsKey(key)) {
        continue;
      }
      String at = pointer + "/" + key;
      Object value = field.get(key);
      switch (key) {
        case "from":
          return new FieldSource.Column((String) value, at(at));
        case "value":
          return new FieldSource.Constant(value, at(at));
        case "concat":
          return new FieldSource.Concat(stringOrList(value), at(at));
        case "expr":
          return new FieldSource.Expression(expression(field, "expr", pointer), at(at));
        case "lookup":
          Map<String, Object> lookup = asMap(value);
          String as = string(lookup, "as");
          String missing = string(lookup, "missing");
          return new FieldSource.Lookup(
              string(lookup, "object"),
              string(lookup, "from"),
              as == null ? LinkShape.ID : LinkShape.valueOf(constant(as)),
              missing == null ? MissingPolicy.REJECT : MissingPolicy.valueOf(constant(missing)),
              at(at));
        case "owner":
          return new FieldSource.Owner(value instanceof Map<?, ?> m ? (String) m.get("from") : null, at(at));
        default:
          throw new IllegalStateException("unhandled field source key " + key);
      }
    }
    return null;
  }

  /** The keys that give a field its value, in the order the binder prefers them. */
  public static final List<String> FIELD_SOURCE_KEYS =
      List.of("from", "value", "concat", "expr", "lookup", "owner");

  private ExpressionText expression(Map<String, Object> parent, String key, String parentPointer) {
    String source = string(parent, key);
    if (source == null) {
      return null;
    }
    String pointer = parentPointer + "/" + key;
    return new ExpressionText(source, at(pointer), offset -> positions.insideScalar(pointer, source, offset));
  }

  private Location at(String pointer) {
    return positions.placeOf(pointer);
  }

  private Location keyAt(String pointer) {
    return positions.keyAt(pointer);
  }

  private interface ItemVisitor {
    void visit(Object item, String pointer);
  }

  private static void forEach(Map<String, Object> parent, String key, String parentPointer, ItemVisitor visitor) {
    Object list = parent.get(key);
    if (!(list instanceof List<?> items)) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      visitor.visit(items.get(i), parentPointer + "/" + key + "/" + i);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
  }

  private static String string(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? null : value.toString();
  }

  private static List<String> stringOrList(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of(value.toString());
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String constant(String schemaValue) {
    return schemaValue.toUpperCase(Locale.ROOT);
  }

  static ValueType valueType(String schemaValue) {
    return ValueType.valueOf(constant(schemaValue));
  }
}
