package dev.ferry.journal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The destination's values of the fields a run writes, read before the run's first write to a record that
 * already existed. Absent fields are kept as nulls, so a restore clears what the run added.
 * {@code fields} is in the API's shape: custom fields under {@code custom_field}.
 */
public record BeforeImage(int run, String object, String key, String module, long destinationId,
    Map<String, Object> fields, Instant readAt) {

  public BeforeImage {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
