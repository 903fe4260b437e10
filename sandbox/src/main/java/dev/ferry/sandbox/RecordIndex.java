package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Record ids by the values upserts and lookups match on (emails, name, mobile number, custom fields), so a
 * bulk upsert of 100,000 records does not scan the module once per record.
 */
final class RecordIndex {
  private final Map<String, Set<Long>> ids = new HashMap<>();

  static boolean covers(String field) {
    return field.equals("email") || field.equals("emails") || field.equals("name") || field.equals("mobile_number")
        || field.startsWith("cf_");
  }

  void add(JsonNode record) {
    long id = record.path("id").asLong();
    for (String key : keys(record)) {
      ids.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
    }
  }

  void remove(JsonNode record) {
    long id = record.path("id").asLong();
    for (String key : keys(record)) {
      Set<Long> set = ids.get(key);
      if (set != null) {
        set.remove(id);
        if (set.isEmpty()) {
          ids.remove(key);
        }
      }
    }
  }

  Set<Long> find(String field, String value) {
    return ids.getOrDefault(key(field, value), Set.of());
  }

  private static List<String> keys(JsonNode record) {
    List<String> keys = new ArrayList<>();
    RecordShape.emailsOf(record).forEach(e -> keys.add(key("email", e)));
    for (String field : new String[] {"name", "mobile_number"}) {
      JsonNode value = record.path(field);
      if (value.isValueNode() && !value.isNull()) {
        keys.add(key(field, value.asText()));
      }
    }
    record.path("custom_field").fields().forEachRemaining(e -> {
      if (e.getValue().isValueNode() && !e.getValue().isNull()) {
        keys.add(key(e.getKey(), e.getValue().asText()));
      }
    });
    return keys;
  }

  private static String key(String field, String value) {
    String name = field.equals("emails") ? "email" : field;
    return name + '\u0000' + value.trim().toLowerCase(Locale.ROOT);
  }
}
