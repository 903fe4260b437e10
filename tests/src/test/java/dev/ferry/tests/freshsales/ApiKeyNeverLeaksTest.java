package dev.ferry.tests.freshsales;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.freshsales.ApiKey;
import dev.ferry.freshsales.Entity;
import dev.ferry.freshsales.FreshsalesClient;
import dev.ferry.freshsales.FreshsalesConfig;
import dev.ferry.freshsales.FreshsalesException;
import dev.ferry.freshsales.Outcome;
import dev.ferry.freshsales.RecordOutcome;
import dev.ferry.freshsales.UniqueKey;
import dev.ferry.freshsales.UpsertRequest;
import dev.ferry.sandbox.Faults;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a client session with a known fake key, every logger at full detail, faults, a refused key and
 * validation errors, then searches everything written for the keys.
 */
class ApiKeyNeverLeaksTest {
  private static final String KEY = "ferry-canary-key-3c1f9e77b2";
  private static final String WRONG_KEY = "ferry-canary-wrong-8d20aa41";

  /** Collects every log line, formatted with its stack trace, from every logger. */
  private static final class Capture extends Handler {
    private final List<String> lines = new ArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public synchronized void publish(LogRecord record) {
      lines.add(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    synchronized List<String> lines() {
      return List.copyOf(lines);
    }
  }

  @Test
  void the_key_appears_in_no_log_line_exception_output_or_file(@TempDir Path data) throws IOException {
    Logger root = Logger.getLogger("");
    Level rootLevel = root.getLevel();
    Capture capture = new Capture();
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
    List<Logger> loud = List.of(root, Logger.getLogger("dev.ferry"), Logger.getLogger("okhttp3"));
    loud.forEach(l -> l.setLevel(Level.ALL));
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    List<String> written = new ArrayList<>();
    try {
      SandboxOptions options = SandboxOptions.builder(KEY).dataDir(data)
          .faults(Faults.none().withServerErrorRate(0.1).withDropRate(0.1).withTooManyRequestsRate(0.05).withSeed(5))
          .build();
      written.add(options.toString());
      try (SandboxServer sandbox = SandboxServer.start(options)) {
        FreshsalesConfig config = FreshsalesConfig.fromEnv(Map.of("FRESHSALES_URL", sandbox.baseUrl().toString(),
            "FRESHSALES_API_KEY", KEY)).withMaxAttempts(8).withReadTimeout(Duration.ofSeconds(5));
        written.add(config.toString());
        written.add(config.apiKey().toString());
        try (FreshsalesClient client = FreshsalesClient.builder(config).sleeper(new RecordingSleeper()).build()) {
          List<UpsertRequest> batch = new ArrayList<>();
          for (int i = 0; i < 30; i++) {
            batch.add(new UpsertRequest(UniqueKey.customField("cf_actimo_id", "leak-" + i),
                Map.of("emails", "leak" + i + "@nordhavn.example")));
          }
          for (RecordOutcome outcome : client.upsertAll(Entity.CONTACT, batch)) {
            written.add(outcome.toString());
          }
          written.add(client.create(Entity.CONTACT, UniqueKey.email("bad@nordhavn.example"),
              Map.of("emails", "bad@nordhavn.example", "custom_field", Map.of("cf_nope", 1))).toString());
          Outcome created = client.create(Entity.CONTACT, UniqueKey.email("ok@nordhavn.example"),
              Map.of("emails", "ok@nordhavn.example"));
          written.add(created.toString());
          written.add(client.find(Entity.CONTACT, UniqueKey.customField("cf_actimo_id", "leak-3")).toString());
          written.add(client.owners().toString());
          written.add(client.fields(Entity.CONTACT).toString());
        }
        try (FreshsalesClient refused = FreshsalesClient.builder(
            FreshsalesConfig.of(sandbox.baseUrl(), ApiKey.of(WRONG_KEY))).sleeper(new RecordingSleeper()).build()) {
          FreshsalesException error = assertThrows(FreshsalesException.class, refused::owners);
          StringWriter trace = new StringWriter();
          error.printStackTrace(new PrintWriter(trace));
          written.add(trace.toString());
        }
        written.add(sandbox.exportState());
        written.add(sandbox.requestReport());
      }
      try (Stream<Path> files = Files.walk(data)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          written.add(Files.readString(file));
        }
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
      root.removeHandler(capture);
      loud.forEach(l -> l.setLevel(null));
      root.setLevel(rootLevel);
    }
    written.addAll(capture.lines());
    written.add(printed.toString(StandardCharsets.UTF_8));

    assertTrue(capture.lines().stream().anyMatch(l -> l.contains("POST /contacts/bulk_upsert")),
        "the session must have logged its requests for this check to mean anything");
    for (String text : written) {
      assertFalse(text.contains(KEY), "the API key leaked into: " + text.replace(KEY, "<KEY>"));
      assertFalse(text.contains(WRONG_KEY), "the refused key leaked into: " + text.replace(WRONG_KEY, "<KEY>"));
    }
  }
}
