package dev.ferry.validate;

import dev.ferry.coerce.ValueType;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.load.NodePositions;
import dev.ferry.mapping.FieldSource;
import dev.ferry.mapping.FieldSpec;
import dev.ferry.mapping.MappingBinder;
import dev.ferry.mapping.ObjectSpec;
import java.util.List;
import java.util.Map;

/**
 * Each field takes its value from exactly one source, and its options make sense for that source:
 * a value map needs a value to map, a separator needs a list or a concatenation, and so on.
 */
final class FieldShapeRule implements SemanticRule {

  private final Map<String, Object> tree;

  FieldShapeRule(Map<String, Object> tree) {
    this.tree = tree;
  }

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    List<ObjectSpec> objects = facts.map().objects();
    for (int o = 0; o < objects.size(); o++) {
      ObjectSpec object = objects.get(o);
      for (int f = 0; f < object.fields().size(); f++) {
        checkField(object, object.fields().get(f), rawField(o, f), diagnostics);
      }
    }
  }

  private void checkField(ObjectSpec object, FieldSpec field, Map<?, ?> raw, Diagnostics diagnostics) {
    List<String> sources = MappingBinder.FIELD_SOURCE_KEYS.stream().filter(raw::containsKey).toList();
    String name = "field '" + field.to() + "'";
    if (sources.isEmpty()) {
      diagnostics.error("field-no-source", field.location(),
          name + " says nowhere its value comes from; add one of: "
              + String.join(", ", MappingBinder.FIELD_SOURCE_KEYS));
      return;
    }
    if (sources.size() > 1) {
      diagnostics.error("field-several-sources", field.location(),
          name + " has " + String.join(" and ", sources) + "; a field takes its value from exactly one of them");
    }
    FieldSource source = field.source();
    boolean mapsValues = !field.values().isEmpty();
    if (mapsValues && (source instanceof FieldSource.Lookup || source instanceof FieldSource.Owner)) {
      diagnostics.error("field-option-unused", field.location(),
          name + " has 'values', but a " + kind(source) + " yields destination ids; remove 'values'");
    }
    if (raw.containsKey("unmapped") && !mapsValues) {
      diagnostics.error("field-option-unused", field.location(),
          name + " has 'unmapped' but no 'values' map; 'unmapped' says what the value map does with values it does not list");
    }
    if (field.unmapped() == FieldSpec.Unmapped.DEFAULT && mapsValues && field.defaultValue() == null) {
      diagnostics.error("field-default-missing", field.location(),
          name + " sends unmapped values to the default, but has no 'default'; add one");
    }
    boolean listLike = field.type() == ValueType.LIST || field.type() == ValueType.TAGS;
    if (field.separator() != null && !listLike && !(source instanceof FieldSource.Concat)) {
      diagnostics.error("field-option-unused", field.location(),
          name + " has a 'separator', which only list, tags and concat use; set 'type: list' or remove it");
    }
    if (field.type() != null && (source instanceof FieldSource.Lookup || source instanceof FieldSource.Owner)) {
      diagnostics.error("field-option-unused", field.location(),
          name + " has a 'type', but a " + kind(source) + " writes a destination id; remove 'type'");
    }
    if (source instanceof FieldSource.Owner && !field.to().equals("owner_id")) {
      diagnostics.error("owner-wrong-field", field.location(),
          name + " resolves an owner, which Freshsales takes in owner_id; write it to owner_id");
    }
    for (String route : field.forRoutes()) {
      if (!object.destinations().contains(route)) {
        diagnostics.error("field-for-unknown-route", field.location(),
            name + " is written for '" + route + "', but object '" + object.id() + "' only goes to "
                + String.join(", ", object.destinations()));
      }
    }
  }

  private static String kind(FieldSource source) {
    return source instanceof FieldSource.Lookup ? "lookup" : "owner";
  }

  @SuppressWarnings("unchecked")
  private Map<?, ?> rawField(int object, int field) {
    Object objects = tree.get("objects");
    Map<String, Object> o = (Map<String, Object>) ((List<?>) objects).get(object);
    return (Map<?, ?>) ((List<?>) o.get("fields")).get(field);
  }

  static String pointer(int object, int field) {
    return NodePositions.child(NodePositions.child("/objects", object) + "/fields", field);
  }
}
