package dev.ferry.tests.freshsales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Replays each documented example in {@code freshsales-doc-examples/} against a freshly reset sandbox. */
class DocExamplesTest {
  /** The key in the reference's own curl example. */
  private static final String DOC_KEY = "sfg999666t673t7t82";
  private static SandboxServer sandbox;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    sandbox = SandboxServer.start(SandboxOptions.builder(DOC_KEY).build());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @TestFactory
  Stream<DynamicTest> every_documented_example_is_answered_as_documented() throws Exception {
    Path dir = Path.of(DocExamplesTest.class.getResource("/freshsales-doc-examples").toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 10, "expected the example corpus, found " + files);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> replay(file)));
  }

  private static void replay(Path file) throws Exception {
    sandbox.reset();
    JsonNode example = Sandboxes.JSON.readTree(file.toFile());
    assertTrue(example.path("source").asText().length() > 10, file + " must say where it comes from");
    JsonNode request = example.path("request");
    HttpRequest.Builder builder = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + sandbox.port() + request.path("path").asText()));
    builder.header("Authorization", "Token token=" + DOC_KEY).header("Content-Type", "application/json");
    for (Iterator<Map.Entry<String, JsonNode>> it = request.path("headers").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> header = it.next();
      builder.setHeader(header.getKey(), header.getValue().asText());
    }
    JsonNode body = request.get("body");
    builder.method(request.path("method").asText(), body == null || body.isNull()
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(Sandboxes.JSON.writeValueAsString(body)));
    HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode expected = example.path("response");
    assertEquals(expected.path("status").asInt(), response.statusCode(), file + ": " + response.body());
    if (expected.has("body")) {
      JsonNode actual = Sandboxes.JSON.readTree(response.body());
      matches(expected.get("body"), actual, "$", file);
    }
  }

  private static void matches(JsonNode expected, JsonNode actual, String at, Path file) {
    if (expected.isTextual() && expected.asText().equals("<number>")) {
      assertTrue(actual != null && actual.isNumber(), file + " " + at + ": expected a number, got " + actual);
      return;
    }
    if (expected.isTextual() && expected.asText().equals("<string>")) {
      assertTrue(actual != null && actual.isTextual(), file + " " + at + ": expected a string, got " + actual);
      return;
    }
    if (actual == null || actual.isMissingNode()) {
      fail(file + " " + at + ": missing, expected " + expected);
    }
    if (expected.isObject()) {
      expected.fields().forEachRemaining(e -> matches(e.getValue(), actual.get(e.getKey()), at + "." + e.getKey(), file));
      return;
    }
    if (expected.isArray()) {
      for (JsonNode item : expected) {
        boolean found = false;
        for (JsonNode candidate : actual) {
          try {
            matches(item, candidate, at + "[]", file);
            found = true;
            break;
          } catch (AssertionError notThisOne) {
            // try the next element
          }
        }
        assertTrue(found, file + " " + at + ": no element matches " + item + " in " + actual);
      }
      return;
    }
    assertEquals(expected, actual, file + " " + at);
  }
}
