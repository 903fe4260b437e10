package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** What an endpoint answers: a status and a JSON body (null for no body). */
record Reply(int status, JsonNode body, Map<String, String> headers) {

  static Reply ok(JsonNode body) {
    return new Reply(200, body, Map.of());
  }

  static Reply created(JsonNode body) {
    return new Reply(201, body, Map.of());
  }

  static Reply noContent() {
    return new Reply(204, null, Map.of());
  }

  static Reply badRequest(List<String> messages) {
    return new Reply(400, Json.errors(400, messages), Map.of());
  }

  static Reply notFound(String message) {
    return new Reply(404, Json.errors(404, List.of(message)), Map.of());
  }

  boolean succeeded() {
    return status >= 200 && status < 300;
  }
}
