package dev.ferry.freshsales;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request the operations ask the transport to send. {@code repeatable} says whether sending it twice is
 * harmless (reads, upserts, updates and deletes by id); the transport retries only those, and only those after
 * a failure that may have reached the server.
 */
record ApiCall(String method, String target, JsonNode body, boolean repeatable) {

  static ApiCall get(String target) {
    return new ApiCall("GET", target, null, true);
  }

  static ApiCall repeatable(String method, String target, JsonNode body) {
    return new ApiCall(method, target, body, true);
  }

  static ApiCall once(String method, String target, JsonNode body) {
    return new ApiCall(method, target, body, false);
  }

  String describe() {
    int query = target.indexOf('?');
    return method + " " + (query < 0 ? target : target.substring(0, query));
  }
}
