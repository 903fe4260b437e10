package dev.ferry.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Renders Actimo automations (workflows.json) as a Markdown guide a Freshsales admin can rebuild them
 * from: each workflow's trigger and steps, with the nearest Freshsales feature for each step, because
 * Freshsales has no API to create workflows and the two products' building blocks differ.
 */
final class WorkflowGuide {

  /** Actimo step type to what a Freshsales admin would use instead. */
  private static final Map<String, String> FRESHSALES_EQUIVALENT = Map.of(
      "send_message", "Workflow action *Send email* (or a sequence step); Actimo push messages have no Freshsales equivalent",
      "wait", "Workflow *delay* (a time-based condition), or a sequence step delay",
      "assign_training", "No equivalent: create a task for the owner, or set a custom field the team tracks",
      "add_to_group", "Workflow action *Add tag* or *Add to list* (segments are built from tags and fields)",
      "remove_from_group", "Workflow action *Remove tag*",
      "update_field", "Workflow action *Update field*",
      "notify_manager", "Workflow action *Send email* to the record owner, or *Create task*");

  private WorkflowGuide() {}

  /** The guide, and how many workflows it describes. */
  static String render(JsonNode workflows, String sourceName) {
    StringBuilder md = new StringBuilder();
    md.append("# Actimo automations to rebuild in Freshsales\n\n")
        .append("Exported by Ferry from `").append(sourceName).append("`. Automations cannot be migrated: ")
        .append("Freshsales creates workflows in its admin screens, not through its API. Each section below is ")
        .append("one Actimo automation, its trigger, and its steps with the nearest Freshsales feature.\n\n");
    int count = 0;
    for (JsonNode workflow : workflows) {
      count++;
      md.append("## ").append(count).append(". ").append(text(workflow, "name", "(unnamed)"))
          .append("\n\n");
      md.append("- Actimo id: `").append(text(workflow, "id", "?")).append("`\n");
      md.append("- Status: ").append(text(workflow, "status", "unknown")).append('\n');
      md.append("- Created: ").append(text(workflow, "created_at", "unknown")).append('\n');
      md.append("- Trigger: ").append(describe(workflow.path("trigger"))).append("\n\n");
      JsonNode steps = workflow.path("steps");
      if (!steps.isArray() || steps.isEmpty()) {
        md.append("No steps.\n\n");
        continue;
      }
      md.append("| # | Actimo step | parameters | in Freshsales |\n|---|---|---|---|\n");
      int number = 0;
      for (JsonNode step : steps) {
        String type = text(step, "type", "unknown");
        md.append("| ").append(++number).append(" | ").append(type).append(" | ")
            .append(cell(parameters(step.path("parameters")))).append(" | ")
            .append(FRESHSALES_EQUIVALENT.getOrDefault(type, "No known equivalent: rebuild by hand"))
            .append(" |\n");
      }
      md.append('\n');
    }
    if (count == 0) {
      md.append("The export holds no automations.\n");
    }
    return md.toString();
  }

  private static String describe(JsonNode trigger) {
    if (trigger.isMissingNode() || trigger.isNull()) {
      return "none given";
    }
    String type = text(trigger, "type", "unknown");
    String rest = parameters(trigger);
    return rest.isEmpty() || rest.equals("type: " + type) ? type : type + " (" + rest + ")";
  }

  private static String parameters(JsonNode node) {
    if (!node.isObject()) {
      return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }
    StringBuilder out = new StringBuilder();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equals("type")) {
        continue;
      }
      out.append(out.length() == 0 ? "" : ", ").append(field.getKey()).append(": ")
          .append(field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString());
    }
    return out.toString();
  }

  private static String text(JsonNode node, String field, String otherwise) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : otherwise;
  }

  /** A Markdown table cell: pipes and line breaks would break the table. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
