package dev.ferry.mapping;

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

  /** How a slash date such as 03/04/2024 is read when both parts could be the month. */
  public enum DateOrder {
    DAY_FIRST,
    MONTH_FIRST,
    UNSPECIFIED
  }

  /** An admin-defined source field: the name the map uses, the source's slot, the UI export's label. */
  public record SourceCustomField(String name, String slot, String label, Location location) {}
}
