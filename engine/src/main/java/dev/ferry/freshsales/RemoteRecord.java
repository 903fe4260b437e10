package dev.ferry.freshsales;

import java.util.Map;

/** A record as the API returned it: its id and its fields (including {@code custom_field}). */
public record RemoteRecord(long id, Map<String, Object> fields) {

  public RemoteRecord {
    fields = Map.copyOf(fields);
  }
}
