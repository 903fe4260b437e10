package dev.ferry.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.diagnostic.Location;
import dev.ferry.freshsales.StandardFields;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.plan.FieldStep;
import dev.ferry.plan.ObjectPlan;
import dev.ferry.source.Dialect;
import dev.ferry.source.HeaderAliases;
import dev.ferry.source.ReadResult;
import dev.ferry.source.RecordStream;
import dev.ferry.source.Rejection;
import dev.ferry.source.SourceException;
import dev.ferry.source.SourceHeader;
import dev.ferry.source.SourceRecord;
import dev.ferry.testing.MapTestSuite.Case;
import dev.ferry.testing.MapTestSuite.Destination;
import dev.ferry.testing.MapTestSuite.Expectation;
import dev.ferry.testing.MapTestSuite.ExpectedField;
import dev.ferry.testing.MapTestSuite.Row;
import dev.ferry.transform.Interpreter;
import dev.ferry.transform.ObjectTransformer;
import dev.ferry.transform.Outcome;
import dev.ferry.transform.OwnerDirectory;
import dev.ferry.transform.TransformContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a test file's cases against a compiled plan. Each case streams its rows through a fresh
 * transformer for its object (so earlier rows can set up duplicates) and checks the last row's outcome.
 * A failure names the test's line and, for a wrong field value, the map line of the field that made it.
 */
public final class MapTestRunner {

  private MapTestRunner() {}

  public static List<CaseResult> run(MapTestSuite suite, ExecutionPlan plan) {
    List<CaseResult> results = new ArrayList<>();
    for (Case testCase : suite.cases()) {
      results.add(runCase(suite, plan, testCase));
    }
    return results;
  }

  private static CaseResult runCase(MapTestSuite suite, ExecutionPlan plan, Case testCase) {
    List<String> failures = new ArrayList<>();
    Optional<ObjectPlan> object = plan.object(testCase.object());
    if (object.isEmpty()) {
      failures.add(at(testCase.location()) + "the map has no object '" + testCase.object() + "'");
      return new CaseResult(testCase.name(), testCase.location(), failures);
    }
    TransformContext context;
    try {
      context = context(suite, testCase, plan);
    } catch (IllegalArgumentException e) {
      failures.add(at(testCase.location()) + e.getMessage());
      return new CaseResult(testCase.name(), testCase.location(), failures);
    }
    ObjectTransformer transformer = new Interpreter(plan, context).transformer(object.get());
    Outcome last;
    try {
      last = lastOutcome(testCase, transformer, plan, suite);
    } catch (IOException | SourceException e) {
      failures.add(at(testCase.location()) + "cannot read the case's rows: " + e.getMessage());
      return new CaseResult(testCase.name(), testCase.location(), failures);
    }
    if (last == null) {
      failures.add(at(testCase.location()) + "the case gives no rows: add 'given' or 'given_csv'");
    } else {
      check(testCase.expect(), last, object.get(), failures);
    }
    return new CaseResult(testCase.name(), testCase.location(), failures);
  }

  private static TransformContext context(MapTestSuite suite, Case testCase, ExecutionPlan plan) {
    Destination own = testCase.destination();
    Destination shared = suite.destination();
    Map<String, String> users = own.users() != null ? own.users() : shared.users() != null ? shared.users() : Map.of();
    List<String> tags = own.tags() != null ? own.tags() : shared.tags() != null ? shared.tags() : List.of();
    Map<String, Map<String, String>> lookups = testCase.lookups();
    return new TransformContext(
        (objectId, key) -> Optional.ofNullable(lookups.getOrDefault(objectId, Map.of()).get(key)),
        OwnerDirectory.of(users, plan.owners().fallback()),
        java.util.Set.copyOf(tags));
  }

  private static Outcome lastOutcome(Case testCase, ObjectTransformer transformer, ExecutionPlan plan,
      MapTestSuite suite) throws IOException {
    HeaderAliases aliases = HeaderAliases.of(plan.source().headerAliases());
    Outcome last = null;
    if (testCase.csv() != null) {
      try (InputStream in = Files.newInputStream(testCase.csv());
          RecordStream rows = RecordStream.open(testCase.csv().getFileName().toString(), in, aliases)) {
        while (rows.hasNext()) {
          last = transformer.apply(rows.next());
        }
      }
      return last;
    }
    for (Row row : testCase.given()) {
      last = transformer.apply(record(row, aliases, suite.displayName()));
    }
    return last;
  }

  /** A given row as the reader would have produced it; its line is the test file's, so reasons point there. */
  private static ReadResult record(Row row, HeaderAliases aliases, String file) {
    List<String> columns = new ArrayList<>(row.cells().keySet());
    List<String> cells = new ArrayList<>(row.cells().values());
    SourceHeader header = new SourceHeader(file, columns, aliases, Dialect.COMMA_LF);
    return new SourceRecord(header, row.location().line(), row.location().line(), cells);
  }

  private static void check(Expectation expect, Outcome outcome, ObjectPlan object, List<String> failures) {
    if (expect.expectsRejection()) {
      checkRejected(expect, outcome, failures);
      return;
    }
    if (outcome instanceof Outcome.Rejected rejected) {
      failures.add(at(expect.location()) + "expected the record to migrate, but it was rejected: "
          + reasons(rejected.reasons()));
      return;
    }
    Outcome.Transformed record = (Outcome.Transformed) outcome;
    if (expect.route() != null && !expect.route().equals(record.destination())) {
      failures.add(at(expect.location()) + "expected route " + expect.route() + ", but the record went to "
          + record.destination() + routeLocation(object, record.destination()));
    }
    for (ExpectedField field : expect.fields()) {
      JsonNode actual = find(record.body(), field.path());
      if (!matches(field.value(), actual)) {
        failures.add(at(field.location()) + "field " + field.path() + ": expected " + describe(field.value())
            + ", got " + (actual == null ? "no value" : actual.toString())
            + producedBy(object, record.destination(), field.path()));
      }
    }
    for (String path : expect.absent()) {
      JsonNode actual = find(record.body(), path);
      if (actual != null && !actual.isNull()) {
        failures.add(at(expect.location()) + "field " + path + " should be absent, got " + actual
            + producedBy(object, record.destination(), path));
      }
    }
    for (String note : expect.notes()) {
      if (record.notes().stream().noneMatch(n -> n.contains(note))) {
        failures.add(at(expect.location()) + "expected a note containing '" + note + "', notes were: "
            + (record.notes().isEmpty() ? "none" : String.join("; ", record.notes())));
      }
    }
  }

  private static void checkRejected(Expectation expect, Outcome outcome, List<String> failures) {
    if (outcome instanceof Outcome.Transformed record) {
      failures.add(at(expect.location()) + "expected a rejection (" + String.join(", ", expect.rejected())
          + "), but the record migrated to " + record.destination() + ": " + record.body());
      return;
    }
    List<Rejection> reasons = ((Outcome.Rejected) outcome).reasons();
    for (String wanted : expect.rejected()) {
      boolean found = reasons.stream().anyMatch(r -> r.rule().equals(wanted) || r.reason().contains(wanted));
      if (!found) {
        failures.add(at(expect.location()) + "expected a rejection for '" + wanted + "', got: " + reasons(reasons));
      }
    }
  }

  /** A payload value by dotted path; cf_ names are looked up in custom_field when not given in full. */
  static JsonNode find(ObjectNode body, String path) {
    String full = StandardFields.isCustom(path) ? "custom_field." + path : path;
    JsonNode node = body;
    for (String part : full.split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node;
  }

  /** Expected YAML values against actual JSON: numbers by value (7.5 equals 7.50), text exactly, lists and maps by element. */
  static boolean matches(Object expected, JsonNode actual) {
    if (expected == null) {
      return actual == null || actual.isNull();
    }
    if (actual == null) {
      return false;
    }
    if (expected instanceof Number number) {
      return actual.isNumber() && new BigDecimal(number.toString()).compareTo(actual.decimalValue()) == 0;
    }
    if (expected instanceof Boolean flag) {
      return actual.isBoolean() && actual.booleanValue() == flag;
    }
    if (expected instanceof List<?> list) {
      if (!actual.isArray() || actual.size() != list.size()) {
        return false;
      }
      for (int i = 0; i < list.size(); i++) {
        if (!matches(list.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected instanceof Map<?, ?> map) {
      if (!actual.isObject()) {
        return false;
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!matches(entry.getValue(), actual.get(String.valueOf(entry.getKey())))) {
          return false;
        }
      }
      return true;
    }
    return actual.isTextual() && actual.asText().equals(expected.toString());
  }

  private static String producedBy(ObjectPlan object, String destination, String path) {
    String top = path.startsWith("custom_field.") ? path.substring("custom_field.".length()) : path;
    String name = top.contains(".") && !StandardFields.isCustom(top) ? top.substring(0, top.indexOf('.')) : top;
    for (FieldStep field : object.fields()) {
      if (field.writesFor(destination) && (field.to().equals(name) || field.to().equals(top))) {
        return " (field defined at " + field.location() + ")";
      }
    }
    return " (no field of " + object.id() + " writes it for " + destination + ")";
  }

  private static String routeLocation(ObjectPlan object, String destination) {
    return object.routes().stream()
        .filter(r -> r.destination().equals(destination))
        .findFirst()
        .map(r -> " (route defined at " + r.location() + ")")
        .orElse("");
  }

  private static String describe(Object expected) {
    return expected instanceof String ? "\"" + expected + "\"" : String.valueOf(expected);
  }

  private static String reasons(List<Rejection> reasons) {
    List<String> parts = new ArrayList<>();
    for (Rejection r : reasons) {
      parts.add(r.rule() + ": " + r.reason());
    }
    return String.join("; ", parts);
  }

  private static String at(Location location) {
    return location + ": ";
  }
}
