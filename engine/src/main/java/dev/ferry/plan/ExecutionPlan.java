package dev.ferry.plan;

import dev.ferry.mapping.CustomFieldSpec;
import dev.ferry.mapping.OwnerPolicy;
import dev.ferry.mapping.ReferenceSpec;
import dev.ferry.mapping.TagPolicy;
import dev.ferry.mapping.TargetSpec.LeadMode;
import java.util.List;
import java.util.Optional;

/**
 * A compiled map: where the data comes from, the objects in the order they must run (an object runs
 * after every object it looks up), the custom fields the destination must have, and the hash of the
 * map and language version it was compiled from.
 */
public record ExecutionPlan(
    String name,
    String description,
    PlanHash hash,
    SourcePlan source,
    String targetSystem,
    LeadMode leadMode,
    List<CustomFieldSpec> customFields,
    OwnerPolicy owners,
    TagPolicy tags,
    List<ObjectPlan> objects,
    List<ReferenceSpec> references) {

  public ExecutionPlan {
    customFields = List.copyOf(customFields);
    objects = List.copyOf(objects);
    references = List.copyOf(references);
  }

  /** The same plan reading another export folder (--export on the command line). */
  public ExecutionPlan withExport(java.nio.file.Path export) {
    return new ExecutionPlan(name, description, hash, source.withExport(export), targetSystem, leadMode,
        customFields, owners, tags, objects, references);
  }

  public Optional<ObjectPlan> object(String id) {
    return objects.stream().filter(o -> o.id().equals(id)).findFirst();
  }
}
