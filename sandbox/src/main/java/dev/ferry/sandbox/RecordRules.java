package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks the API makes before it stores a record: custom fields exist and hold values of their type,
 * required fields are present, no second contact takes an email, and linked owners, stages and accounts exist.
 * Every problem is collected, so one 400 lists them all.
 */
final class RecordRules {
  private static final int TEXT_MAX = 255;

  private RecordRules() {}

  static List<String> check(RecordKind kind, ObjectNode incoming, Optional<ObjectNode> existing, AccountState state) {
    List<String> problems = new ArrayList<>();
    checkCustomFields(kind, incoming.get("custom_field"), state, problems);
    if (existing.isEmpty()) {
      checkRequired(kind, incoming, state, problems);
    }
    checkEmails(kind, incoming, existing, state, problems);
    checkOwner(incoming, state, problems);
    checkLifecycleStage(incoming, state, problems);
    if (kind == RecordKind.CONTACTS) {
      checkAccountLinks(incoming, state, problems);
    }
    return problems;
  }

  private static void checkCustomFields(RecordKind kind, JsonNode custom, AccountState state, List<String> problems) {
    if (custom == null || custom.isNull()) {
      return;
    }
    if (!custom.isObject()) {
      problems.add("custom_field must be an object");
      return;
    }
    // By name, so one body gives the same messages in the same order whatever order its keys came in.
    java.util.TreeMap<String, JsonNode> byName = new java.util.TreeMap<>();
    custom.fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
    for (Map.Entry<String, JsonNode> entry : byName.entrySet()) {
      Optional<JsonNode> field = state.customField(kind, entry.getKey());
      if (field.isEmpty()) {
        problems.add("Custom field " + entry.getKey() + " does not exist for " + kind.plural);
        continue;
      }
      typeProblem(entry.getKey(), field.get().path("type").asText(), entry.getValue()).ifPresent(problems::add);
    }
  }

  /** Null clears a field, so it is accepted for every type. */
  static Optional<String> typeProblem(String name, String type, JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return switch (type) {
      case "text" -> value.isTextual() && value.asText().length() > TEXT_MAX
          ? Optional.of(name + " is longer than " + TEXT_MAX + " characters")
          : value.isContainerNode() ? Optional.of(name + " must be text") : Optional.empty();
      case "textarea" -> value.isContainerNode() ? Optional.of(name + " must be text") : Optional.empty();
      case "number" -> isNumber(value) ? Optional.empty() : Optional.of(name + " must be a number");
      case "date" -> isDate(value) ? Optional.empty() : Optional.of(name + " must be a date (YYYY-MM-DD)");
      case "datetime" -> isDateTime(value) ? Optional.empty()
          : Optional.of(name + " must be a date and time (ISO 8601 with offset)");
      case "checkbox" -> value.isBoolean() ? Optional.empty() : Optional.of(name + " must be true or false");
      default -> Optional.empty();
    };
  }

  private static boolean isNumber(JsonNode value) {
    if (value.isNumber()) {
      return true;
    }
    if (!value.isTextual()) {
      return false;
    }
    try {
      Double.parseDouble(value.asText().trim());
      return !value.asText().isBlank();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDate(JsonNode value) {
    try {
      LocalDate.parse(value.asText());
      return value.isTextual();
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isDateTime(JsonNode value) {
    try {
      OffsetDateTime.parse(value.asText());
      return value.isTextual();
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void checkRequired(RecordKind kind, ObjectNode incoming, AccountState state, List<String> problems) {
    switch (kind) {
      case CONTACTS, LEADS -> {
        if (RecordShape.emailsOf(incoming).isEmpty() && blank(incoming, "mobile_number")) {
          problems.add("Please provide an email or a mobile number");
        }
      }
      case SALES_ACCOUNTS -> {
        if (blank(incoming, "name")) {
          problems.add("Name can't be blank");
        }
      }
    }
    for (JsonNode field : state.customFields(kind)) {
      String name = field.path("name").asText();
      if (field.path("required").asBoolean() && incoming.path("custom_field").path(name).isMissingNode()) {
        problems.add(field.path("label").asText(name) + " can't be blank");
      }
    }
  }

  private static void checkEmails(RecordKind kind, ObjectNode incoming, Optional<ObjectNode> existing,
      AccountState state, List<String> problems) {
    List<String> emails = RecordShape.emailsOf(incoming);
    for (String email : emails) {
      if (!email.contains("@")) {
        problems.add("Email " + email + " is invalid");
      }
    }
    if (kind != RecordKind.CONTACTS) {
      return;
    }
    long selfId = existing.map(r -> r.path("id").asLong()).orElse(-1L);
    for (String email : emails) {
      boolean taken = state.findBy(kind, "email", email).stream().anyMatch(r -> r.path("id").asLong() != selfId);
      if (taken) {
        problems.add("Email " + email + " has already been taken");
      }
    }
  }

  private static void checkOwner(ObjectNode incoming, AccountState state, List<String> problems) {
    JsonNode owner = incoming.get("owner_id");
    if (owner != null && !owner.isNull() && !state.userExists(owner.asLong())) {
      problems.add("Owner " + owner.asText() + " does not exist");
    }
  }

  private static void checkLifecycleStage(ObjectNode incoming, AccountState state, List<String> problems) {
    JsonNode stage = incoming.get("lifecycle_stage_id");
    if (stage != null && !stage.isNull() && !state.lifecycleStageExists(stage.asLong())) {
      problems.add("Lifecycle stage " + stage.asText() + " does not exist");
    }
  }

  private static void checkAccountLinks(ObjectNode incoming, AccountState state, List<String> problems) {
    JsonNode links = incoming.get("sales_accounts");
    if (links == null || links.isNull()) {
      return;
    }
    if (!links.isArray()) {
      problems.add("sales_accounts must be a list of {\"id\", \"is_primary\"}");
      return;
    }
    if (links.size() > 10) {
      problems.add("A contact can be linked to at most 10 accounts");
    }
    int primaries = 0;
    for (JsonNode link : links) {
      if (state.record(RecordKind.SALES_ACCOUNTS, link.path("id").asLong()).isEmpty()) {
        problems.add("Sales account " + link.path("id").asText() + " does not exist");
      }
      if (link.path("is_primary").asBoolean()) {
        primaries++;
      }
    }
    if (links.size() > 0 && primaries != 1) {
      problems.add("Exactly one linked account must be primary");
    }
  }

  private static boolean blank(ObjectNode node, String field) {
    return node.path(field).asText("").isBlank();
  }
}
