package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves the API under one base path ({@code /crm/sales/api} or the classic {@code /api}) in the order the
 * real service does it: faults first (they model the network and the service failing), then the token, then
 * the rate limit, then the endpoint. Every response carries the rate-limit headers.
 */
final class ApiHandler implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

  private final String basePath;
  private final String apiKey;
  private final Account account;
  private final ApiRouter router;
  private final RateLimiter limiter;
  private final FaultPlan faults;
  private final RequestLog log;

  ApiHandler(String basePath, String apiKey, Account account, ApiRouter router, RateLimiter limiter, FaultPlan faults,
      RequestLog log) {
    this.basePath = basePath;
    this.apiKey = apiKey;
    this.account = account;
    this.router = router;
    this.limiter = limiter;
    this.faults = faults;
    this.log = log;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      serve(exchange);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "sandbox failed to answer " + exchange.getRequestMethod() + " "
          + exchange.getRequestURI().getPath(), e);
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase();
    List<String> segments = segments(exchange.getRequestURI().getRawPath());
    boolean write = ApiRouter.isWrite(method);
    log.received(ApiRouter.template(method, segments));
    if (faults.crashed()) {
      drop(exchange);
      return;
    }
    switch (faults.draw()) {
      case DROP -> {
        drop(exchange);
        return;
      }
      case SERVER_ERROR -> {
        send(exchange, new Reply(500, Json.errors(500, List.of("Something went wrong")), Map.of()), limiter.peek(), write);
        return;
      }
      case TOO_MANY_REQUESTS -> {
        send(exchange, tooManyRequests(), limiter.peek(), write);
        return;
      }
      case NONE -> { }
    }
    if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
      ObjectNode body = Json.object().put("login", "failed").put("message", "Incorrect or expired API key");
      send(exchange, new Reply(401, body, Map.of()), null, write);
      return;
    }
    RateLimiter.Admission admission = limiter.admit();
    if (!admission.allowed()) {
      send(exchange, tooManyRequests(), admission, write);
      return;
    }
    JsonNode body;
    try {
      body = readBody(exchange);
    } catch (IOException e) {
      send(exchange, Reply.badRequest(List.of("Request body is not valid JSON")), admission, write);
      return;
    }
    ApiRequest request = new ApiRequest(method, segments, query(exchange.getRequestURI().getRawQuery()), body,
        baseUrl(exchange));
    Reply reply = account.apply(state -> router.dispatch(request, state));
    if (write && reply.succeeded() && faults.appliedWrite()) {
      pause(faults.stallMillis());
      drop(exchange);
      return;
    }
    send(exchange, reply, admission, write);
  }

  /** The documented form is {@code Token token=<key>}; the bare {@code Token <key>} is seen in the wild too. */
  private boolean authorized(String header) {
    if (header == null) {
      return false;
    }
    String value = header.trim();
    if (!value.regionMatches(true, 0, "Token ", 0, 6)) {
      return false;
    }
    String rest = value.substring(6).trim();
    if (rest.startsWith("token=")) {
      rest = rest.substring(6);
    }
    return java.security.MessageDigest.isEqual(rest.getBytes(StandardCharsets.UTF_8),
        apiKey.getBytes(StandardCharsets.UTF_8));
  }

  private static Reply tooManyRequests() {
    return new Reply(429, Json.errors(429, List.of("Too many requests. Please retry after some time")), Map.of());
  }

  private void send(HttpExchange exchange, Reply reply, RateLimiter.Admission admission, boolean write)
      throws IOException {
    pause(faults.latencyMillis());
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json; charset=utf-8");
    if (admission != null) {
      headers.set("X-RateLimit-Limit", String.valueOf(admission.limit()));
      headers.set("X-RateLimit-Remaining", String.valueOf(admission.remaining()));
      headers.set("X-RateLimit-Reset", String.valueOf(admission.resetEpochSeconds()));
      if (reply.status() == 429) {
        headers.set("Retry-After", String.valueOf(admission.retryAfterSeconds()));
      }
    }
    reply.headers().forEach(headers::set);
    byte[] bytes = reply.body() == null ? new byte[0] : Json.MAPPER.writeValueAsBytes(reply.body());
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
    log.answered(reply.status(), write);
  }

  /** Closing before any response header is sent makes the server close the connection: the client sees EOF. */
  private void drop(HttpExchange exchange) {
    log.dropped();
    exchange.close();
  }

  private String baseUrl(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null) {
      host = exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
    }
    return "http://" + host + basePath;
  }

  private List<String> segments(String rawPath) {
    String rest = rawPath.length() > basePath.length() ? rawPath.substring(basePath.length()) : "";
    List<String> segments = new ArrayList<>();
    for (String part : rest.split("/")) {
      if (!part.isEmpty()) {
        segments.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
      }
    }
    return segments;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.put(name, value);
    }
    return query;
  }

  private static JsonNode readBody(HttpExchange exchange) throws IOException {
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    if (bytes.length == 0) {
      return Json.object();
    }
    return Json.MAPPER.readTree(bytes);
  }

  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
