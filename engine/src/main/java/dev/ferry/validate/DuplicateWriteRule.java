package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.diagnostic.Location;
import dev.ferry.mapping.FieldSpec;
import dev.ferry.mapping.ObjectSpec;
import dev.ferry.mapping.ObjectSpec.TimestampSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * No destination field is written twice for the same module: the second write would silently win.
 * Fields limited to different routes (`for`) may share a name; timestamp fields count as writes.
 */
final class DuplicateWriteRule implements SemanticRule {

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    java.util.Set<Location> reported = new java.util.HashSet<>();
    for (ObjectSpec object : facts.map().objects()) {
      for (String module : object.destinations()) {
        Map<String, Location> written = new HashMap<>();
        List<Map.Entry<String, Location>> writes = new java.util.ArrayList<>();
        for (FieldSpec field : object.fields()) {
          if (field.forRoutes().isEmpty() || field.forRoutes().contains(module)) {
            writes.add(Map.entry(field.to(), field.location()));
          }
        }
        timestamps(object).forEach(t -> writes.add(Map.entry(t.to(), t.location())));
        // In file order, so the message always points up to the first write.
        writes.sort(java.util.Comparator.comparingInt((Map.Entry<String, Location> w) -> w.getValue().line())
            .thenComparingInt(w -> w.getValue().column()));
        for (Map.Entry<String, Location> write : writes) {
          record(written, write.getKey(), write.getValue(), module, reported, diagnostics);
        }
      }
    }
  }

  private static void record(Map<String, Location> written, String field, Location at, String module,
      java.util.Set<Location> reported, Diagnostics diagnostics) {
    Location first = written.putIfAbsent(field, at);
    // A field written for two modules would otherwise be reported once per module.
    if (first != null && reported.add(at)) {
      diagnostics.error("field-written-twice", at,
          "'" + field + "' on " + module + " is already written at line " + first.line()
              + "; keep one, or limit each to different routes with 'for'");
    }
  }

  static List<TimestampSpec> timestamps(ObjectSpec object) {
    return java.util.stream.Stream.of(object.timestamps().created(), object.timestamps().updated())
        .filter(java.util.Objects::nonNull)
        .toList();
  }
}
