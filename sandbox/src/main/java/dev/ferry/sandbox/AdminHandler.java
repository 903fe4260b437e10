package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/**
 * {@code /_sandbox/...}: outside the API's paths and needing no token, for tests, benchmarks and diff reports.
 * It keeps answering after a simulated crash, so a test can still read what the crashed server holds.
 * <ul>
 *   <li>{@code GET /_sandbox/state}: the whole account as JSON (the seed format)
 *   <li>{@code POST /_sandbox/reset}: back to the seed
 *   <li>{@code GET /_sandbox/requests}, {@code DELETE /_sandbox/requests}: request counts, and zeroing them
 *   <li>{@code GET /_sandbox/faults}, {@code PUT /_sandbox/faults}: the faults in force (the {@link Faults} fields)
 *   <li>{@code POST /_sandbox/custom_fields} with {@code {"module", "name", "label", "type"}}: adds a custom field,
 *       the admin step Freshsales' API has no endpoint for
 * </ul>
 */
final class AdminHandler implements HttpHandler {
  private final SandboxServer server;

  AdminHandler(SandboxServer server) {
    this.server = server;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase();
    String path = exchange.getRequestURI().getPath().replaceAll("/+$", "");
    try {
      switch (method + " " + path) {
        case "GET /_sandbox/state" -> send(exchange, 200, server.exportState());
        case "POST /_sandbox/reset" -> {
          server.reset();
          send(exchange, 200, "{\"reset\":true}");
        }
        case "GET /_sandbox/requests" -> send(exchange, 200, server.requestReport());
        case "DELETE /_sandbox/requests" -> {
          server.clearRequestCounts();
          send(exchange, 200, server.requestReport());
        }
        case "GET /_sandbox/faults" -> send(exchange, 200, Json.MAPPER.writeValueAsString(server.faults()));
        case "PUT /_sandbox/faults" -> {
          JsonNode body = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
          if (!body.isObject()) {
            throw new IllegalArgumentException("faults must be a JSON object");
          }
          ObjectNode fields = Json.MAPPER.valueToTree(server.faults());
          fields.setAll((ObjectNode) body);
          Faults merged = Json.MAPPER.treeToValue(fields, Faults.class);
          server.setFaults(merged);
          send(exchange, 200, Json.MAPPER.writeValueAsString(merged));
        }
        case "POST /_sandbox/custom_fields" -> {
          JsonNode body = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
          boolean added = server.addCustomField(body.path("module").asText(), body.path("name").asText(),
              body.path("label").asText(body.path("name").asText()), body.path("type").asText("text"));
          send(exchange, added ? 201 : 200, "{\"added\":" + added + "}");
        }
        default -> send(exchange, 404, "{\"error\":\"no admin route " + method + " " + path + "\"}");
      }
    } catch (IllegalArgumentException | IOException e) {
      send(exchange, 400, Json.MAPPER.writeValueAsString(Json.object().put("error", String.valueOf(e.getMessage()))));
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
