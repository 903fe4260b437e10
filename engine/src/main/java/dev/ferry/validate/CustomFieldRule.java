package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.diagnostic.Location;
import dev.ferry.freshsales.StandardFields;
import dev.ferry.mapping.CustomFieldSpec;
import dev.ferry.mapping.FieldSpec;
import dev.ferry.mapping.ObjectSpec;
import dev.ferry.mapping.ObjectSpec.TimestampSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every cf_ field a map writes is declared for the module it is written to (the schema plan is derived
 * from the declarations), each declaration is used, and non-custom names are Freshsales standard fields.
 */
final class CustomFieldRule implements SemanticRule {

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    Map<String, Location> declared = new HashMap<>();
    for (CustomFieldSpec field : facts.map().target().customFields()) {
      Location first = declared.putIfAbsent(field.name(), field.location());
      if (first != null) {
        diagnostics.error("custom-field-duplicate", field.location(),
            "custom field '" + field.name() + "' is already declared at line " + first.line()
                + "; list every module it lives on in one declaration's 'object'");
      }
    }
    Set<String> used = new HashSet<>();
    for (ObjectSpec object : facts.map().objects()) {
      for (String module : object.destinations()) {
        for (FieldSpec field : object.fields()) {
          if (field.forRoutes().isEmpty() || field.forRoutes().contains(module)) {
            checkName(facts, module, field.to(), field.location(), used, diagnostics);
          }
        }
        for (TimestampSpec timestamp : DuplicateWriteRule.timestamps(object)) {
          checkName(facts, module, timestamp.to(), timestamp.location(), used, diagnostics);
        }
      }
    }
    for (CustomFieldSpec field : facts.map().target().customFields()) {
      if (!used.contains(field.name())) {
        diagnostics.warning("custom-field-unused", field.location(),
            "custom field '" + field.name() + "' is declared but no object writes it; remove it or map a value to it");
      }
    }
  }

  private static void checkName(MapFacts facts, String module, String name, Location at, Set<String> used,
      Diagnostics diagnostics) {
    if (StandardFields.isCustom(name)) {
      used.add(name);
      if (facts.map().target().customField(name, module).isEmpty()) {
        boolean elsewhere = facts.map().target().customFields().stream().anyMatch(f -> f.name().equals(name));
        diagnostics.error("custom-field-undeclared", at,
            "custom field '" + name + "' is written to " + module + " but "
                + (elsewhere ? "its declaration does not list " + module + " under 'object'"
                    : "target.custom_fields does not declare it; declare it so the schema plan creates it"));
      }
      return;
    }
    if (StandardFields.kind(module, name).isEmpty()) {
      diagnostics.warning("field-unknown", at,
          "'" + name + "' is not a standard Freshsales " + module + " field"
              + Suggestions.closest(name, StandardFields.names(module)).map(s -> " (did you mean '" + s + "'?)").orElse("")
              + "; custom fields start with cf_");
    }
  }
}
