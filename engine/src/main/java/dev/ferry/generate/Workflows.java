package dev.ferry.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Actimo automations, which cannot migrate: written as workflows.json for the destination's admin to rebuild. */
final class Workflows {

  private record Step(String type, Map<String, Object> parameters) {}

  private record Workflow(String name, Map<String, Object> trigger, String status, List<Step> steps) {}

  /** Triggers and parameters keep the order they are listed in here (see {@link #ordered}). */
  private static final List<Workflow> WORKFLOWS = List.of(
      new Workflow("Welcome new employees", ordered("type", "contact_created"), "active", List.of(
          new Step("send_message", ordered("message", "Welcome to the team", "channel", "push")),
          new Step("wait", ordered("days", 2)),
          new Step("assign_training", ordered("path", "Safety 101")),
          new Step("add_to_group", ordered("group", "New hires")))),
      new Workflow("Forklift recertification reminder", ordered("type", "schedule", "cron", "0 8 1 * *"), "active", List.of(
          new Step("send_message", ordered("message", "Your forklift certificate expires soon", "channel", "sms")),
          new Step("assign_training", ordered("path", "Forklift basics")))),
      new Workflow("Night-shift briefing", ordered("type", "added_to_group", "group", "Night shift"), "active", List.of(
          new Step("send_message", ordered("message", "Night-shift safety briefing", "channel", "push")),
          new Step("wait", ordered("hours", 12)),
          new Step("send_message", ordered("message", "How was your first night?", "channel", "push")))),
      new Workflow("Food hygiene onboarding", ordered("type", "field_changed", "field", "department_name", "to", "Kitchen"),
          "active", List.of(
          new Step("assign_training", ordered("path", "Food hygiene")),
          new Step("wait", ordered("days", 7)),
          new Step("send_message", ordered("message", "How is the kitchen treating you?", "channel", "sms")))),
      new Workflow("Pulse survey nudge", ordered("type", "survey_not_answered", "survey", "Weekly pulse", "after_days", 3),
          "active", List.of(
          new Step("send_message", ordered("message", "Two minutes for this week's pulse?", "channel", "push")))),
      new Workflow("GDPR refresher", ordered("type", "schedule", "cron", "0 9 1 1 *"), "paused", List.of(
          new Step("assign_training", ordered("path", "GDPR basics")))),
      new Workflow("Offboarding", ordered("type", "field_changed", "field", "status", "to", "leaving"), "draft", List.of(
          new Step("send_message", ordered("message", "Thank you for your time with us", "channel", "email")),
          new Step("remove_from_group", ordered("group", "All staff")))),
      new Workflow("Safety champion programme", ordered("type", "tag_added", "tag", "safety-champion"), "active", List.of(
          new Step("add_to_group", ordered("group", "Safety champions")),
          new Step("assign_training", ordered("path", "First aid")),
          new Step("send_message", ordered("message", "Welcome, safety champion!", "channel", "push")))));

  private static final Instant FROM = Instant.parse("2020-03-01T08:00:00Z");
  private static final Instant TO = Instant.parse("2024-09-30T15:00:00Z");

  private Workflows() {}

  static int count() {
    return WORKFLOWS.size();
  }

  static void write(OutputStream out, long seed) throws IOException {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(pretty);
      json.writeStartArray();
      for (int i = 0; i < WORKFLOWS.size(); i++) {
        Workflow workflow = WORKFLOWS.get(i);
        Random random = Draws.random(seed, Draws.WORKFLOW, i);
        json.writeStartObject();
        json.writeStringField("id", "wf-" + Formats.pad(i + 1, 3));
        json.writeStringField("name", workflow.name());
        json.writeFieldName("trigger");
        writeObject(json, workflow.trigger());
        json.writeArrayFieldStart("steps");
        for (Step step : workflow.steps()) {
          json.writeStartObject();
          json.writeStringField("type", step.type());
          json.writeFieldName("parameters");
          writeObject(json, step.parameters());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("status", workflow.status());
        json.writeStringField("created_at",
            Formats.utc(Instant.ofEpochSecond(Draws.between(random, FROM.getEpochSecond(), TO.getEpochSecond()))));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeRaw('\n');
    }
  }

  private static void writeObject(JsonGenerator json, Map<String, Object> fields) throws IOException {
    json.writeStartObject();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (field.getValue() instanceof Integer number) {
        json.writeNumberField(field.getKey(), number);
      } else {
        json.writeStringField(field.getKey(), String.valueOf(field.getValue()));
      }
    }
    json.writeEndObject();
  }

  /** An insertion-ordered map from key, value pairs: {@code Map.of} would write keys in hash order. */
  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
