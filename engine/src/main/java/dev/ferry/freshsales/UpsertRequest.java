package dev.ferry.freshsales;

import java.util.Map;
import java.util.Objects;

/** One record to create or update, matched on {@code key}; {@code fields} as the API names them. */
public record UpsertRequest(UniqueKey key, Map<String, Object> fields) {

  public UpsertRequest {
    Objects.requireNonNull(key, "key");
    fields = Map.copyOf(fields);
  }
}
