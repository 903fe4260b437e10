package dev.ferry.validate;

import dev.ferry.coerce.ValueType;
import dev.ferry.mapping.MappingSpec;
import dev.ferry.mapping.ObjectSpec;
import dev.ferry.mapping.SourceColumns;
import dev.ferry.source.SourceSystem;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the semantic rules need to know about a bound map, worked out once: the source system's
 * contract and, per object, the source columns an expression or a field may name and their types.
 */
final class MapFacts {

  private final MappingSpec map;
  private final Optional<SourceSystem> system;

  MapFacts(MappingSpec map) {
    this.map = map;
    this.system = SourceSystem.named(map.source().system());
  }

  MappingSpec map() {
    return map;
  }

  Optional<SourceSystem> system() {
    return system;
  }

  /** Whether Ferry knows {@code object}'s source file, so that its columns can be checked offline. */
  boolean knowsSourceObject(ObjectSpec object) {
    return system.flatMap(s -> s.object(object.from())).isPresent();
  }

  /** The columns of {@code object}'s source records with the types expressions see. */
  Map<String, ValueType> columns(ObjectSpec object) {
    return SourceColumns.of(map, object);
  }

  Set<String> columnNames(ObjectSpec object) {
    return new LinkedHashSet<>(columns(object).keySet());
  }
}
