package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/** Counts API requests per method and path template, and how they were answered: for tests and benchmarks. */
final class RequestLog {
  private final Map<String, Long> byRoute = new TreeMap<>();
  private final Map<String, Long> byStatus = new TreeMap<>();
  private long total;
  private long writes;

  synchronized void received(String template) {
    total++;
    byRoute.merge(template, 1L, Long::sum);
  }

  synchronized void answered(int status, boolean write) {
    byStatus.merge(String.valueOf(status), 1L, Long::sum);
    if (write && status >= 200 && status < 300) {
      writes++;
    }
  }

  synchronized void dropped() {
    byStatus.merge("dropped", 1L, Long::sum);
  }

  synchronized Map<String, Long> byRoute() {
    return Map.copyOf(byRoute);
  }

  synchronized void clear() {
    byRoute.clear();
    byStatus.clear();
    total = 0;
    writes = 0;
  }

  synchronized ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("total", total);
    json.put("writes", writes);
    ObjectNode routes = json.putObject("by_route");
    byRoute.forEach(routes::put);
    ObjectNode statuses = json.putObject("by_status");
    byStatus.forEach(statuses::put);
    return json;
  }
}
