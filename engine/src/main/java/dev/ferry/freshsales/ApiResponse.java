package dev.ferry.freshsales;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The status and parsed body of an answered request. */
record ApiResponse(int status, JsonNode body) {

  boolean ok() {
    return status >= 200 && status < 300;
  }

  boolean serverError() {
    return status >= 500;
  }

  /**
   * The API's messages from {@code {"errors": {"message": [...]}}}, or a plain {@code message}, or the status
   * alone when the body says nothing.
   */
  List<String> messages() {
    List<String> messages = new ArrayList<>();
    JsonNode listed = body.path("errors").path("message");
    if (listed.isArray()) {
      listed.forEach(m -> messages.add(m.asText()));
    } else if (listed.isTextual()) {
      messages.add(listed.asText());
    }
    if (messages.isEmpty() && body.path("message").isTextual()) {
      messages.add(body.path("message").asText());
    }
    if (messages.isEmpty()) {
      messages.add("HTTP " + status);
    }
    return messages;
  }
}
