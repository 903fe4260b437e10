package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The one JSON mapper and the API's error bodies, so every endpoint answers errors in the same shape. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** The API's validation error body: {@code {"errors": {"code": 400, "message": ["..."]}}}. */
  static ObjectNode errors(int code, List<String> messages) {
    ObjectNode errors = object();
    errors.put("code", code);
    ArrayNode list = errors.putArray("message");
    messages.forEach(list::add);
    ObjectNode body = object();
    body.set("errors", errors);
    return body;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
