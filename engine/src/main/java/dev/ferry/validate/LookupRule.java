package dev.ferry.validate;

import dev.ferry.diagnostic.Suggestions;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.mapping.FieldSource;
import dev.ferry.mapping.FieldSpec;
import dev.ferry.mapping.ObjectSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lookups name objects the map defines, and no chain of lookups leads back to where it started:
 * Ferry migrates a looked-up object first, so a cycle would leave no object to start with.
 */
final class LookupRule implements SemanticRule {

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    Map<String, ObjectSpec> byId = new LinkedHashMap<>();
    facts.map().objects().forEach(o -> byId.putIfAbsent(o.id(), o));
    for (ObjectSpec object : facts.map().objects()) {
      for (FieldSpec field : object.fields()) {
        if (field.source() instanceof FieldSource.Lookup lookup && !byId.containsKey(lookup.object())) {
          diagnostics.error("lookup-unknown-object", lookup.location(),
              "field '" + field.to() + "' looks up object '" + lookup.object() + "', which the map does not define"
                  + Suggestions.didYouMean(lookup.object(), byId.keySet())
                  + "; objects: " + String.join(", ", byId.keySet()));
        }
      }
    }
    reportCycles(byId, diagnostics);
  }

  private static void reportCycles(Map<String, ObjectSpec> byId, Diagnostics diagnostics) {
    Set<String> done = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (String start : byId.keySet()) {
      walk(start, byId, new ArrayList<>(), done, reported, diagnostics);
    }
  }

  private static void walk(String id, Map<String, ObjectSpec> byId, List<String> path, Set<String> done,
      Set<String> reported, Diagnostics diagnostics) {
    int seenAt = path.indexOf(id);
    if (seenAt >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(seenAt, path.size()));
      List<String> key = new ArrayList<>(cycle);
      key.sort(null);
      if (reported.add(String.join(",", key))) {
        cycle.add(id);
        ObjectSpec first = byId.get(cycle.get(0));
        diagnostics.error("object-cycle", lookupTo(first, cycle.get(1)),
            "objects look each other up in a cycle: " + String.join(" -> ", cycle)
                + "; one of these lookups must go, or move to a later pass");
      }
      return;
    }
    if (done.contains(id) || !byId.containsKey(id)) {
      return;
    }
    path.add(id);
    for (FieldSpec field : byId.get(id).fields()) {
      if (field.source() instanceof FieldSource.Lookup lookup) {
        walk(lookup.object(), byId, path, done, reported, diagnostics);
      }
    }
    path.remove(path.size() - 1);
    done.add(id);
  }

  private static dev.ferry.diagnostic.Location lookupTo(ObjectSpec from, String target) {
    return from.fields().stream()
        .filter(f -> f.source() instanceof FieldSource.Lookup l && l.object().equals(target))
        .map(f -> f.source().location())
        .findFirst()
        .orElse(from.location());
  }
}
