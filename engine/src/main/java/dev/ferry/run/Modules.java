package dev.ferry.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.freshsales.Entity;
import dev.ferry.freshsales.RemoteRecord;
import dev.ferry.freshsales.StandardFields;
import dev.ferry.freshsales.UniqueKey;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a plan's destination names ({@code contact}, {@code lead}, {@code sales_account}) meet the client's
 * entities, and where a record holds the value of its {@code identify_by} field.
 */
public final class Modules {

  private Modules() {}

  public static Entity entity(String destination) {
    return Arrays.stream(Entity.values()).filter(e -> e.singular().equals(destination)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Ferry cannot write " + destination + " records"));
  }

  /** The key an upsert matches on: {@code email} is written {@code emails} in unique identifiers. */
  static UniqueKey key(String field, String value) {
    return field.equals("email") || field.equals("emails") ? UniqueKey.email(value) : new UniqueKey(field, value);
  }

  /** The identifying value in a payload: custom fields sit under {@code custom_field}. */
  static Optional<String> identifyValue(JsonNode body, String field) {
    JsonNode value = StandardFields.isCustom(field) ? body.path("custom_field").path(field) : body.path(field);
    if (field.equals("emails") && value.isArray() && value.size() > 0) {
      value = value.get(0).has("value") ? value.get(0).get("value") : value.get(0);
    }
    if (value.isMissingNode() || value.isNull() || value.isContainerNode() || value.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.asText().trim());
  }

  /** The identifying values a destination record holds (a contact may have several emails). */
  static List<String> identifyValues(RemoteRecord record, String field) {
    Map<String, Object> fields = record.fields();
    if (field.equals("email") || field.equals("emails")) {
      java.util.List<String> values = new java.util.ArrayList<>();
      if (fields.get("email") instanceof String email) {
        values.add(email);
      }
      if (fields.get("emails") instanceof List<?> emails) {
        for (Object email : emails) {
          Object value = email instanceof Map<?, ?> map ? map.get("value") : email;
          if (value != null) {
            values.add(value.toString());
          }
        }
      }
      return values;
    }
    Object value = StandardFields.isCustom(field)
        ? fields.get("custom_field") instanceof Map<?, ?> custom ? custom.get(field) : null
        : fields.get(field);
    return value == null ? List.of() : List.of(value.toString());
  }

  /** Identifying values compare the way the destination's lookups do: trimmed, ignoring case. */
  static String normalise(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }
}
