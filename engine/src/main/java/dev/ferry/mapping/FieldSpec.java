package dev.ferry.mapping;

import dev.ferry.coerce.ValueType;
import dev.ferry.diagnostic.Location;
import java.util.List;
import java.util.Map;

/**
 * One destination field: where its value comes from and what happens to it on the way.
 *
 * @param type the declared value type, or null to use the column's declared type (text otherwise)
 * @param defaultValue used when the value is blank; null when there is none
 * @param values a value map (source value to destination value), empty when there is none
 * @param forRoutes the modules this field is written for; empty means all of the object's
 */
public record FieldSpec(
    String to,
    FieldSource source,
    ValueType type,
    boolean required,
    Object defaultValue,
    Map<String, Object> values,
    Unmapped unmapped,
    String separator,
    List<String> forRoutes,
    String description,
    Location location) {

  public FieldSpec {
    values = Map.copyOf(values);
    forRoutes = List.copyOf(forRoutes);
  }

  /** What a value map does with a value it does not list. */
  public enum Unmapped {
    REJECT,
    KEEP,
    DEFAULT,
    BLANK
  }
}
