package dev.ferry.validate;

import dev.ferry.diagnostic.Suggestions;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.diagnostic.Location;
import dev.ferry.mapping.ObjectSpec;
import dev.ferry.mapping.SourceSpec.SourceCustomField;
import dev.ferry.source.SourceSystem;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every source column a map names exists in the source system's export layout (or is declared under
 * the object's {@code columns}), so a misspelt column fails validation instead of migrating blanks.
 */
final class ColumnRule implements SemanticRule {

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    checkCustomFields(facts, diagnostics);
    if (facts.system().isEmpty()) {
      return;
    }
    SourceSystem system = facts.system().get();
    for (ObjectSpec object : facts.map().objects()) {
      if (!facts.knowsSourceObject(object)) {
        diagnostics.error("source-unknown-object", object.location(),
            "object '" + object.id() + "' reads '" + object.from() + "', which the " + system.name()
                + " export layout does not have" + Suggestions.didYouMean(object.from(), system.objects().keySet())
                + "; exported objects: " + String.join(", ", new java.util.TreeSet<>(system.objects().keySet())));
        continue;
      }
      Set<String> columns = facts.columnNames(object);
      for (ColumnUses.Use use : ColumnUses.named(object)) {
        check(object, use.column(), use.location(), columns, diagnostics);
      }
    }
  }

  private static void check(ObjectSpec object, String column, Location at, Set<String> columns,
      Diagnostics diagnostics) {
    if (column != null && !columns.contains(column)) {
      diagnostics.error("column-unknown", at,
          "'" + object.from() + "' has no column '" + column + "'" + Suggestions.didYouMean(column, columns)
              + "; if your export has it, declare it under the object's 'columns'");
    }
  }

  private static void checkCustomFields(MapFacts facts, Diagnostics diagnostics) {
    Map<String, SourceCustomField> slots = new HashMap<>();
    for (SourceCustomField field : facts.map().source().customFields()) {
      SourceCustomField first = slots.putIfAbsent(field.slot(), field);
      if (first != null) {
        diagnostics.error("source-slot-reused", field.location(),
            "'" + field.name() + "' and '" + first.name() + "' both read slot " + field.slot()
                + "; each slot holds one field");
      }
    }
  }

}
