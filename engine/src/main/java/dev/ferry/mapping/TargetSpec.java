package dev.ferry.mapping;

import dev.ferry.diagnostic.Location;
import java.util.List;
import java.util.Optional;

/** Where the data goes, and the custom fields the destination must have before anything is written. */
public record TargetSpec(String system, LeadMode leads, List<CustomFieldSpec> customFields, Location location) {

  public TargetSpec {
    customFields = List.copyOf(customFields);
  }

  /** How the destination keeps leads: Freshsales' Leads module, or contacts with a lifecycle stage. */
  public enum LeadMode {
    MODULE,
    LIFECYCLE_STAGE
  }

  /** The declaration of {@code name} on {@code destinationObject}, if the map has one. */
  public Optional<CustomFieldSpec> customField(String name, String destinationObject) {
    return customFields.stream()
        .filter(f -> f.name().equals(name) && f.objects().contains(destinationObject))
        .findFirst();
  }
}
