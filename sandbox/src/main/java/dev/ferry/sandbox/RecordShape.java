package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a stored record looks and how an incoming body changes it: emails arrive as {@code email}, a string
 * {@code emails} or a list, and are kept the way the API answers them ({@code email} plus {@code emails}
 * objects); custom fields merge key by key; everything else replaces.
 */
final class RecordShape {
  private RecordShape() {}

  static List<String> emailsOf(JsonNode fields) {
    List<String> emails = new ArrayList<>();
    JsonNode single = fields.get("email");
    if (single != null && single.isTextual() && !single.asText().isBlank()) {
      emails.add(single.asText().trim());
    }
    JsonNode many = fields.get("emails");
    if (many != null && many.isTextual() && !many.asText().isBlank()) {
      emails.add(many.asText().trim());
    } else if (many != null && many.isArray()) {
      for (JsonNode e : many) {
        String value = e.isTextual() ? e.asText() : e.path("value").asText("");
        if (!value.isBlank() && !e.path("_destroy").asBoolean()) {
          emails.add(value.trim());
        }
      }
    }
    return emails.stream().distinct().toList();
  }

  static boolean hasEmail(JsonNode record, String email) {
    return emailsOf(record).stream().anyMatch(e -> e.equalsIgnoreCase(email));
  }

  /** The record after applying {@code incoming} to {@code existing} (or to nothing, for a create). */
  static ObjectNode apply(RecordKind kind, Optional<ObjectNode> existing, JsonNode incoming, long id, Instant now,
      AccountState state) {
    ObjectNode record = existing.map(ObjectNode::deepCopy).orElseGet(Json::object);
    record.put("id", id);
    List<String> emails = emailsOf(incoming);
    for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) incoming::fields) {
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      switch (name) {
        case "id", "created_at", "updated_at", "email", "emails" -> { }
        case "custom_field" -> mergeCustomFields(record, value);
        case "tags" -> setTags(record, value, state);
        default -> record.set(name, value.deepCopy());
      }
    }
    if (!emails.isEmpty()) {
      setEmails(kind, record, emails);
    }
    if (!record.has("custom_field")) {
      record.putObject("custom_field");
    }
    if (!record.has("tags")) {
      record.putArray("tags");
    }
    if (existing.isEmpty()) {
      record.put("created_at", now.toString());
    }
    record.put("updated_at", now.toString());
    return record;
  }

  /** Whether {@code record} carries {@code value} in the field a lookup or unique identifier names. */
  static boolean matches(JsonNode record, String field, String value) {
    if (field.equals("email") || field.equals("emails")) {
      return hasEmail(record, value);
    }
    if (field.startsWith("cf_")) {
      JsonNode stored = record.path("custom_field").path(field);
      return !stored.isMissingNode() && !stored.isNull() && sameValue(stored.asText(), value);
    }
    JsonNode stored = record.path(field);
    return !stored.isMissingNode() && !stored.isNull() && sameValue(stored.asText(), value);
  }

  /** Puts an upsert's identifier into the fields of the record it creates, where that field is stored. */
  static void putIdentifier(ObjectNode fields, String field, JsonNode value) {
    if (field.equals("email") || field.equals("emails")) {
      if (emailsOf(fields).isEmpty()) {
        fields.set("emails", value.deepCopy());
      }
    } else if (field.startsWith("cf_")) {
      JsonNode custom = fields.get("custom_field");
      ObjectNode target = custom instanceof ObjectNode o ? o : fields.putObject("custom_field");
      target.set(field, value.deepCopy());
    } else if (!field.equals("id")) {
      fields.set(field, value.deepCopy());
    }
  }

  private static boolean sameValue(String stored, String wanted) {
    return stored.trim().toLowerCase(Locale.ROOT).equals(wanted.trim().toLowerCase(Locale.ROOT));
  }

  private static void mergeCustomFields(ObjectNode record, JsonNode incoming) {
    ObjectNode target = record.get("custom_field") instanceof ObjectNode o ? o : record.putObject("custom_field");
    incoming.fields().forEachRemaining(e -> target.set(e.getKey(), e.getValue().deepCopy()));
  }

  private static void setTags(ObjectNode record, JsonNode value, AccountState state) {
    ArrayNode tags = record.putArray("tags");
    if (value.isTextual()) {
      for (String tag : value.asText().split(",")) {
        addTag(tags, tag, state);
      }
      return;
    }
    value.forEach(tag -> addTag(tags, tag.asText(), state));
  }

  private static void addTag(ArrayNode tags, String tag, AccountState state) {
    String name = tag.trim();
    if (!name.isEmpty()) {
      state.ensureTag(name);
      tags.add(name);
    }
  }

  private static void setEmails(RecordKind kind, ObjectNode record, List<String> emails) {
    record.put("email", emails.get(0));
    if (kind == RecordKind.LEADS) {
      return;
    }
    ArrayNode list = record.putArray("emails");
    for (int i = 0; i < emails.size(); i++) {
      list.addObject().put("value", emails.get(i)).put("is_primary", i == 0).putNull("label");
    }
  }
}
