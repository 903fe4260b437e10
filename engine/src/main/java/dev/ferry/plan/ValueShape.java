package dev.ferry.plan;

import dev.ferry.coerce.ValueType;
import dev.ferry.mapping.FieldSpec.Unmapped;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What happens to a value between source and destination: the type it is read as, a value map and
 * what it does with unlisted values, a default for blanks (already coerced to the type), and whether a
 * blank is allowed at all.
 *
 * @param values the value map with keys normalised by {@link #mapKey(String)}; empty when there is none
 * @param defaultValue the typed default, or null
 */
public record ValueShape(
    ValueType type, String separator, Map<String, Object> values, Unmapped unmapped, Object defaultValue,
    boolean required) {

  public ValueShape {
    values = Map.copyOf(values);
  }

  public static ValueShape plain(ValueType type) {
    return new ValueShape(type, null, Map.of(), Unmapped.REJECT, null, false);
  }

  public boolean mapsValues() {
    return !values.isEmpty();
  }

  /** Value maps match ignoring case and surrounding spaces: "Retail ", "retail" and "RETAIL" are one value. */
  public static String mapKey(String sourceValue) {
    return sourceValue.trim().toLowerCase(Locale.ROOT);
  }

  public Optional<Object> mapped(String sourceValue) {
    return Optional.ofNullable(values.get(mapKey(sourceValue)));
  }
}
