package dev.ferry.validate;

import dev.ferry.diagnostic.Suggestions;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.diagnostic.Location;
import dev.ferry.freshsales.StandardFields;
import dev.ferry.mapping.CustomFieldSpec;
import dev.ferry.mapping.FieldSpec;
import dev.ferry.mapping.ObjectSpec;
import dev.ferry.mapping.ObjectSpec.TimestampSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
      Map<Location, Write> writes = new java.util.LinkedHashMap<>();
      for (String module : object.destinations()) {
        for (FieldSpec field : object.fields()) {
          if (field.forRoutes().isEmpty() || field.forRoutes().contains(module)) {
            writes.computeIfAbsent(field.location(), at -> new Write(field.to(), at)).modules.add(module);
          }
        }
        for (TimestampSpec timestamp : DuplicateWriteRule.timestamps(object)) {
          writes.computeIfAbsent(timestamp.location(), at -> new Write(timestamp.to(), at)).modules.add(module);
        }
      }
      writes.values().forEach(write -> checkName(facts, write, used, diagnostics));
    }
    for (CustomFieldSpec field : facts.map().target().customFields()) {
      if (!used.contains(field.name())) {
        diagnostics.warning("custom-field-unused", field.location(),
            "custom field '" + field.name() + "' is declared but no object writes it; remove it or map a value to it");
      }
    }
  }

  /** One place in the map that writes a field, and the modules it writes it on. */
  private static final class Write {
    final String name;
    final Location at;
    final List<String> modules = new ArrayList<>();

    Write(String name, Location at) {
      this.name = name;
      this.at = at;
    }
  }

  private static void checkName(MapFacts facts, Write write, Set<String> used, Diagnostics diagnostics) {
    String name = write.name;
    if (StandardFields.isCustom(name)) {
      used.add(name);
      List<String> undeclared = write.modules.stream()
          .filter(module -> facts.map().target().customField(name, module).isEmpty())
          .toList();
      if (!undeclared.isEmpty()) {
        boolean elsewhere = facts.map().target().customFields().stream().anyMatch(f -> f.name().equals(name));
        String modules = String.join(" and ", undeclared);
        diagnostics.error("custom-field-undeclared", write.at,
            "custom field '" + name + "' is written to " + modules + " but "
                + (elsewhere ? "its declaration does not list " + modules + " under 'object'"
                    : "target.custom_fields does not declare it; declare it so the schema plan creates it"));
      }
      return;
    }
    for (String module : write.modules) {
      if (StandardFields.kind(module, name).isEmpty()) {
        diagnostics.warning("field-unknown", write.at,
            "'" + name + "' is not a standard Freshsales " + module + " field"
                + Suggestions.didYouMean(name, StandardFields.names(module))
                + "; custom fields start with cf_");
        return;
      }
    }
  }
}
