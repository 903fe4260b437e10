package dev.ferry.mapping;

import dev.ferry.coerce.DateOrder;
import dev.ferry.diagnostic.Location;
import java.util.List;

/**
 * Where the data comes from: the system (which fixes the export layout), the export folder as written
 * in the map, the time zone its date-times are in, how to read ambiguous slash dates, and the
 * admin-defined fields the source carries.
 */
public record SourceSpec(
    String system,
    String export,
    String timezone,
    DateOrder dateOrder,
    List<SourceCustomField> customFields,
    Location location,
    Location timezoneLocation) {

  public SourceSpec {
    customFields = List.copyOf(customFields);
  }

  /**
   * The other header names each admin-defined field goes by in an export: its slot (API export) and its
   * label (UI export), keyed by the name the map uses.
   */
  public java.util.Map<String, List<String>> headerAliases() {
    java.util.Map<String, List<String>> aliases = new java.util.LinkedHashMap<>();
    for (SourceCustomField field : customFields) {
      aliases.put(field.name(), field.label() == null ? List.of(field.slot()) : List.of(field.slot(), field.label()));
    }
    return aliases;
  }

  /** An admin-defined source field: the name the map uses, the source's slot, the UI export's label. */
  public record SourceCustomField(String name, String slot, String label, Location location) {}
}
