package dev.ferry.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.cli.Ferry;
import dev.ferry.journal.Journal;
import dev.ferry.journal.RunRecord;
import dev.ferry.journal.Tally;
import dev.ferry.sandbox.RateLimit;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * A migration project as a user has one: the example map and export copied into a folder of its own, and a
 * Freshsales sandbox in this JVM that stands for the account (with the custom field the shipped seed lacks
 * created, as the admin would). Runs the launcher in this JVM, or as its own process so it can be killed.
 */
final class MigrationProject implements AutoCloseable {

  static final String KEY = "run-test-key-7f3a";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Path MAPPINGS = Path.of("../mappings");

  /** What one launcher command printed and returned. */
  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  final Path dir;
  final Path map;
  final SandboxServer sandbox;

  MigrationProject(Path dir) {
    this(dir, SandboxOptions.builder(KEY).rateLimit(RateLimit.perHour(10_000_000)));
  }

  MigrationProject(Path dir, SandboxOptions.Builder sandboxOptions) {
    this(dir, sandboxOptions, true);
  }

  /** @param adminFields whether the admin created the custom field the shipped seed lacks */
  MigrationProject(Path dir, SandboxOptions.Builder sandboxOptions, boolean adminFields) {
    this.dir = dir;
    this.map = dir.resolve("actimo-to-freshsales.yaml");
    try {
      copy(MAPPINGS, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.sandbox = SandboxServer.start(sandboxOptions.build());
    if (adminFields) {
      sandbox.addCustomField("contacts", "cf_shift_pattern", "Shift pattern", "text");
      sandbox.addCustomField("leads", "cf_shift_pattern", "Shift pattern", "text");
    }
  }

  Map<String, String> env() {
    return Map.of("FRESHSALES_URL", sandbox.baseUrl().toString(), "FRESHSALES_API_KEY", KEY);
  }

  /** Runs {@code ferry <args>} in this JVM against the sandbox. */
  Result ferry(String... args) {
    return ferryWith(env(), args);
  }

  /** Runs {@code ferry <args>} in this JVM with {@code env} for the process environment. */
  static Result ferryWith(Map<String, String> env, String... args) {
    CommandLine ferry = Ferry.commandLine(env);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ferry.setOut(new PrintWriter(out, true));
    ferry.setErr(new PrintWriter(err, true));
    int exit = ferry.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** Starts {@code ferry <args>} as its own process (the launcher's main class on this JVM's class path). */
  Process launch(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Ferry.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().remove("FRESHSALES_DOMAIN");
    builder.environment().putAll(env());
    return builder.start();
  }

  JsonNode state() {
    try {
      return JSON.readTree(sandbox.exportState());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Request counts of the sandbox since it started or was last cleared. */
  JsonNode requests() {
    try {
      return JSON.readTree(sandbox.requestReport());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cf_actimo_id of each record the dry run transforms, by module (contacts, leads, sales_accounts). */
  Map<String, List<String>> expectedKeys() throws IOException {
    Path out = dir.resolve("dry-run");
    Result dry = ferry("transform", map.toString(), "--out", out.toString());
    assertEquals(0, dry.exit(), dry.toString());
    Map<String, List<String>> keys = new TreeMap<>();
    for (String module : List.of("contact", "lead", "sales_account")) {
      List<String> values = new ArrayList<>();
      for (String line : Files.readAllLines(out.resolve(module + ".jsonl"))) {
        values.add(JSON.readTree(line).path(module).path("custom_field").path("cf_actimo_id").asText());
      }
      keys.put(module + "s", values.stream().sorted().toList());
    }
    return keys;
  }

  /** The cf_actimo_id of every record in the sandbox carrying one, by module, sorted (duplicates kept). */
  Map<String, List<String>> migratedKeys() {
    JsonNode state = state();
    Map<String, List<String>> keys = new TreeMap<>();
    for (String module : List.of("contacts", "leads", "sales_accounts")) {
      List<String> values = new ArrayList<>();
      for (JsonNode record : state.path(module)) {
        String key = record.path("custom_field").path("cf_actimo_id").asText("");
        if (!key.isEmpty() && !key.startsWith("act-legacy")) {
          values.add(key);
        }
      }
      keys.put(module, values.stream().sorted().toList());
    }
    return keys;
  }

  /** The last run in the journal, read once the launcher has let go of it. */
  RunRecord lastRun() throws IOException {
    try (Journal journal = openJournal()) {
      List<RunRecord> runs = journal.runs();
      return runs.get(runs.size() - 1);
    }
  }

  Journal openJournal() throws IOException {
    return assertInstanceOf(Journal.Opened.class,
        Journal.open(dir.resolve(".ferry/journal.db"), Clock.systemUTC(), "test")).journal();
  }

  /** Every source record is migrated or rejected, none is left failed or pending. */
  static void assertAccountedFor(Tally total) {
    assertEquals(total.read(), total.migrated() + total.rejected(), "source in = migrated + rejected: " + total);
    assertEquals(0, total.failed(), total.toString());
    assertEquals(0, total.pending(), total.toString());
  }

  /** The accounts' records, comparable across a rollback: update times and null fields left out. */
  JsonNode records() {
    JsonNode state = state();
    com.fasterxml.jackson.databind.node.ObjectNode records = JSON.createObjectNode();
    for (String module : List.of("contacts", "leads", "sales_accounts")) {
      com.fasterxml.jackson.databind.node.ArrayNode list = records.putArray(module);
      state.path(module).forEach(r -> list.add(withoutNoise(r)));
    }
    return records;
  }

  private static JsonNode withoutNoise(JsonNode node) {
    if (node.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode copy = JSON.createObjectNode();
      new TreeSet<String>(iterable(node.fieldNames())).forEach(name -> {
        JsonNode value = node.get(name);
        if (!name.equals("updated_at") && !value.isNull()) {
          copy.set(name, withoutNoise(value));
        }
      });
      return copy;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(withoutNoise(item)));
      return copy;
    }
    return node;
  }

  private static <T> List<T> iterable(java.util.Iterator<T> items) {
    List<T> list = new ArrayList<>();
    items.forEachRemaining(list::add);
    return list;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
