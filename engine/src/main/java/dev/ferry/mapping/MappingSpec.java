package dev.ferry.mapping;

import dev.ferry.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/** A whole map, as written. */
public record MappingSpec(
    int version,
    String name,
    String description,
    SourceSpec source,
    TargetSpec target,
    OwnerPolicy owners,
    TagPolicy tags,
    List<ReferenceSpec> references,
    List<ObjectSpec> objects,
    Location location) {

  public MappingSpec {
    references = List.copyOf(references);
    objects = List.copyOf(objects);
  }

  public Optional<ObjectSpec> object(String id) {
    return objects.stream().filter(o -> o.id().equals(id)).findFirst();
  }
}
