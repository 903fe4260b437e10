package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One API call as the endpoints see it: method, path segments below the API base, query, parsed body and the
 * base URL the caller used (so URLs the sandbox hands out point back the way the caller came).
 */
record ApiRequest(String method, List<String> segments, Map<String, String> query, JsonNode body, String baseUrl) {

  String segment(int index) {
    return index < segments.size() ? segments.get(index) : "";
  }

  int queryInt(String name, int fallback) {
    try {
      return Integer.parseInt(query.getOrDefault(name, String.valueOf(fallback)));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
