package dev.ferry.freshsales;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads what the account is configured with: owners, field metadata, tags and lifecycle stages. */
final class AccountMetadata {
  private final Transport transport;

  AccountMetadata(Transport transport) {
    this.transport = transport;
  }

  List<Owner> owners() {
    List<Owner> owners = new ArrayList<>();
    for (JsonNode user : firstList(read("/selector/owners"), "users")) {
      owners.add(new Owner(user.path("id").asLong(), user.path("email").asText(""),
          user.path("display_name").asText(""), user.path("is_active").asBoolean(true)));
    }
    return owners;
  }

  List<FieldInfo> fields(String modulePath) {
    List<FieldInfo> fields = new ArrayList<>();
    for (JsonNode field : read("/settings/" + modulePath + "/fields").path("fields")) {
      if (field.path("type").asText().equals("group_field")) {
        continue;
      }
      List<String> choices = new ArrayList<>();
      field.path("choices").forEach(c -> choices.add(c.isTextual() ? c.asText() : c.path("value").asText()));
      String name = field.path("name").asText();
      boolean custom = !field.path("default").asBoolean(!name.startsWith("cf_"));
      fields.add(new FieldInfo(name, field.path("label").asText(name), field.path("type").asText(""),
          field.path("required").asBoolean(false), custom, choices));
    }
    return fields;
  }

  List<Tag> tags() {
    List<Tag> tags = new ArrayList<>();
    for (JsonNode tag : firstList(read("/selector/tags"), "tags")) {
      tags.add(new Tag(tag.path("id").asLong(), tag.path("name").asText()));
    }
    return tags;
  }

  /** The id of the lifecycle stage named "Lead", for accounts that keep leads as contacts. */
  long leadLifecycleStage() {
    for (JsonNode stage : firstList(read("/selector/lifecycle_stages"), "lifecycle_stages")) {
      if (stage.path("name").asText().equalsIgnoreCase("Lead")) {
        return stage.path("id").asLong();
      }
    }
    throw new FreshsalesException(FreshsalesException.Problem.UNEXPECTED_ANSWER,
        "the account at " + transport.baseUrl() + " has no lifecycle stage named Lead; set the lead mode to module");
  }

  private JsonNode read(String path) {
    return Reads.require(transport, ApiCall.get(path));
  }

  /** Selector answers wrap their list in one key; which key is not always documented, so take the named or first. */
  private static JsonNode firstList(JsonNode body, String expected) {
    if (body.path(expected).isArray()) {
      return body.path(expected);
    }
    for (JsonNode value : body) {
      if (value.isArray()) {
        return value;
      }
    }
    return body.isArray() ? body : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }
}
