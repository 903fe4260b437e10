package dev.ferry.compile;

import dev.ferry.mapping.FieldSource;
import dev.ferry.mapping.ObjectSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orders objects so that each runs after the objects it looks up (Accounts before Contacts), keeping the
 * map's order where lookups do not decide: a stable topological sort.
 */
final class ObjectOrder {

  private ObjectOrder() {}

  static Set<String> dependencies(ObjectSpec object) {
    Set<String> deps = new LinkedHashSet<>();
    object.fields().forEach(f -> {
      if (f.source() instanceof FieldSource.Lookup lookup && !lookup.object().equals(object.id())) {
        deps.add(lookup.object());
      }
    });
    return deps;
  }

  /** The objects in run order, or empty when lookups form a cycle. */
  static Optional<List<ObjectSpec>> sort(List<ObjectSpec> objects) {
    Map<String, ObjectSpec> pending = new LinkedHashMap<>();
    objects.forEach(o -> pending.put(o.id(), o));
    List<ObjectSpec> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (!pending.isEmpty()) {
      Optional<ObjectSpec> ready = pending.values().stream()
          .filter(o -> placed.containsAll(dependencies(o)))
          .findFirst();
      if (ready.isEmpty()) {
        return Optional.empty();
      }
      ordered.add(ready.get());
      placed.add(ready.get().id());
      pending.remove(ready.get().id());
    }
    return Optional.of(ordered);
  }
}
