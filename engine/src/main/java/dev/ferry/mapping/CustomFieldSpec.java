package dev.ferry.mapping;

import dev.ferry.diagnostic.Location;
import java.util.List;

/** A custom field the destination must have: API name, label, field type, the modules that carry it. */
public record CustomFieldSpec(
    String name, String label, String type, List<String> objects, List<String> choices, Location location) {

  public CustomFieldSpec {
    objects = List.copyOf(objects);
    choices = List.copyOf(choices);
  }
}
