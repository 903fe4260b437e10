package dev.ferry.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.coerce.Coerced;
import dev.ferry.coerce.Coercer;
import dev.ferry.coerce.DateOrder;
import dev.ferry.coerce.ValueType;
import dev.ferry.source.ExportBundle;
import dev.ferry.source.HeaderAliases;
import dev.ferry.source.ReadResult;
import dev.ferry.source.RecordStream;
import dev.ferry.source.SourceRecord;
import dev.ferry.source.UnreadableRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped example, mappings/examples/actimo-export, is {@code ferry generate --employees 300 --seed 7}.
 * These tests keep the files, the generator and the catalogue in mappings/README.md in step: other tests
 * count on the numbers asserted here.
 */
class ExampleBundleTest {

  static final Path EXAMPLE = Path.of("..", "mappings", "examples", "actimo-export");
  private static final HeaderAliases CUSTOM_FIELDS = HeaderAliases.none()
      .with("employee_number", "data1", "Employee number")
      .with("shift_pattern", "data2", "Shift pattern")
      .with("site", "data3", "Site");
  private static final Coercer DAY_FIRST = new Coercer(ZoneId.of("Europe/Copenhagen"), DateOrder.DAY_FIRST);
  private static final Coercer UNSPECIFIED = new Coercer(ZoneId.of("Europe/Copenhagen"), DateOrder.UNSPECIFIED);

  @TempDir
  Path dir;

  @Test
  void theCommittedExampleIsWhatTheGeneratorWrites() throws IOException {
    new ExportGenerator(GeneratorSpec.of(7, 300)).write(dir);
    for (String file : List.of("companies.csv", "employees.csv", "survey_responses.csv", "workflows.json")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(EXAMPLE.resolve(file)),
          file + " differs: regenerate with bin/ferry generate --employees 300 --seed 7 --out mappings/examples/actimo-export");
    }
  }

  @Test
  void companies() {
    List<SourceRecord> companies = records("companies");
    assertEquals(12, companies.size());
    Map<String, Long> industries = companies.stream()
        .collect(Collectors.groupingBy(r -> r.get("industry"), TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("", 1L, "Facility services", 1L, "Healthcare", 4L, "Hospitality", 2L, "Logistics", 3L,
        "Retail", 1L), industries);
    assertEquals(List.of(), invalid(companies, Map.of("employee_count", ValueType.INTEGER,
        "annual_revenue", ValueType.NUMBER, "created_at", ValueType.DATETIME, "updated_at", ValueType.DATETIME)));
  }

  @Test
  void employeesRowsAndUnreadableRows() throws IOException {
    List<ReadResult> rows = new ArrayList<>();
    try (RecordStream stream = ExportBundle.open(EXAMPLE).open("employees", CUSTOM_FIELDS)) {
      stream.forEachRemaining(rows::add);
      assertEquals(List.of(), stream.warnings());
    }
    assertEquals(300, rows.size());
    List<String> unreadable = rows.stream().filter(UnreadableRow.class::isInstance)
        .map(r -> r.line() + ":" + r.row() + ": " + ((UnreadableRow) r).reason()).toList();
    assertEquals(List.of(
        "43:42: unexpected 'f' after the closing quote of column 8 (on line 50)",
        "98:96: expected 25 columns as in the header, found 26"), unreadable);
    String text = Files.readString(EXAMPLE.resolve("employees.csv"));
    assertEquals(301, text.split("\r\n", -1).length - 1, "a header and 300 rows, each ending CRLF");
    assertEquals(304, text.split("\n", -1).length - 1, "3 Site cells hold an LF: 304 physical lines");
    List<Long> multiline = records("employees").stream().filter(r -> r.get("site").contains("\n"))
        .map(SourceRecord::line).toList();
    assertEquals(List.of(72L, 175L, 282L), multiline);
  }

  @Test
  void employeesContactDirt() {
    List<SourceRecord> employees = records("employees");
    assertEquals(298, employees.size());
    Map<String, Integer> byEmail = new HashMap<>();
    Map<String, Integer> byExactEmail = new HashMap<>();
    int phoneOnly = 0;
    int neither = 0;
    for (SourceRecord employee : employees) {
      String raw = employee.get("email");
      if (raw.isBlank()) {
        phoneOnly += employee.get("phone").isBlank() ? 0 : 1;
        neither += employee.get("phone").isBlank() ? 1 : 0;
        continue;
      }
      byEmail.merge((String) ((Coerced.Value) DAY_FIRST.coerce(raw, ValueType.EMAIL)).value(), 1, Integer::sum);
      byExactEmail.merge(raw, 1, Integer::sum);
    }
    assertEquals(6, phoneOnly);
    assertEquals(3, neither);
    assertEquals(283, byEmail.size());
    assertEquals(List.of(2, 2, 2, 2, 2, 2), byEmail.values().stream().filter(n -> n > 1).toList());
    assertEquals(3, byExactEmail.values().stream().filter(n -> n > 1).count());
    assertEquals(3, employees.stream().filter(r -> !r.get("email").equals(r.get("email").strip())).count());
    assertEquals(6, employees.stream().filter(r -> r.get("last_name").isEmpty()).count());
    Set<String> companyIds = records("companies").stream().map(r -> r.get("company_id")).collect(Collectors.toSet());
    assertEquals(3, employees.stream().filter(r -> !companyIds.contains(r.get("company_id"))).count());
  }

  @Test
  void employeesOwnersAndRoutes() {
    List<SourceRecord> employees = records("employees");
    Map<String, Long> owners = employees.stream()
        .collect(Collectors.groupingBy(r -> r.get("owner_email"), TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("", 25L, "anna.larsen@nordhavn.example", 65L, "freja.dahl@nordhavn.example", 23L,
        "jonas.krogh@nordhavn.example", 48L, "mikkel.holm@nordhavn.example", 62L, "oliver.munk@nordhavn.example", 15L,
        "sofie.berg@nordhavn.example", 60L), owners);
    long salesReady = employees.stream()
        .filter(r -> DAY_FIRST.coerce(r.get("sales_ready"), ValueType.BOOLEAN).equals(new Coerced.Value(true))).count();
    long withDeals = employees.stream().filter(r -> !r.get("active_deals").equals("0")).count();
    long leads = employees.stream()
        .filter(r -> DAY_FIRST.coerce(r.get("sales_ready"), ValueType.BOOLEAN).equals(new Coerced.Value(true))
            || !r.get("active_deals").equals("0")).count();
    assertEquals(71, salesReady);
    assertEquals(66, withDeals);
    assertEquals(122, leads);
  }

  @Test
  void employeesBadValuesAreExactlyTheDocumentedOnes() {
    Map<String, ValueType> types = new LinkedHashMap<>();
    types.put("email", ValueType.EMAIL);
    types.put("engagement_score", ValueType.NUMBER);
    types.put("training_completion_rate", ValueType.PERCENT);
    types.put("message_open_count", ValueType.INTEGER);
    types.put("message_click_count", ValueType.INTEGER);
    types.put("tags", ValueType.TAGS);
    types.put("last_engagement_date", ValueType.DATE);
    types.put("assigned_training_paths", ValueType.LIST);
    types.put("survey_response_count", ValueType.INTEGER);
    types.put("survey_engagement_rate", ValueType.PERCENT);
    types.put("sales_ready", ValueType.BOOLEAN);
    types.put("active_deals", ValueType.INTEGER);
    types.put("created_at", ValueType.DATETIME);
    types.put("updated_at", ValueType.DATETIME);
    assertEquals(List.of(
        "15 engagement_score: 'n/a' is not a number",
        "52 last_engagement_date: '31/04/2024' is not a real date: April 2024 has 30 days",
        "70 training_completion_rate: '250 %' is outside 0 to 100 percent",
        "137 engagement_score: 'n/a' is not a number",
        "162 training_completion_rate: '130%' is outside 0 to 100 percent",
        "163 last_engagement_date: '2024-02-30' is not a real date: February 2024 has 29 days",
        "228 last_engagement_date: '30.02.2024' is not a real date: February 2024 has 29 days",
        "241 engagement_score: 'n/a' is not a number",
        "284 training_completion_rate: '112' is outside 0 to 100 percent"), invalid(records("employees"), types));
  }

  @Test
  void withoutADateOrderSomeDatesAreAmbiguous() {
    Map<String, Long> ambiguous = new TreeMap<>();
    for (SourceRecord employee : records("employees")) {
      for (String column : List.of("last_engagement_date", "created_at", "updated_at")) {
        ValueType type = column.equals("last_engagement_date") ? ValueType.DATE : ValueType.DATETIME;
        if (UNSPECIFIED.coerce(employee.get(column), type) instanceof Coerced.Invalid bad
            && bad.message().contains("ambiguous")) {
          ambiguous.merge(column, 1L, Long::sum);
        }
      }
    }
    assertEquals(Map.of("created_at", 8L, "last_engagement_date", 17L, "updated_at", 6L), ambiguous);
  }

  @Test
  void surveyResponsesAndWorkflows() throws IOException {
    List<SourceRecord> responses = records("survey_responses");
    assertEquals(300, responses.size());
    assertEquals(70, responses.stream().filter(r -> r.get("employee_id").isEmpty()).count());
    assertEquals(7, responses.stream().filter(r -> r.get("answer").contains("\n")).count());
    String workflows = Files.readString(EXAMPLE.resolve("workflows.json"));
    assertEquals(8, workflows.split("\"id\" : \"wf-", -1).length - 1);
  }

  private static List<SourceRecord> records(String object) {
    List<SourceRecord> records = new ArrayList<>();
    try (RecordStream stream = ExportBundle.open(EXAMPLE).open(object, CUSTOM_FIELDS)) {
      stream.forEachRemaining(r -> {
        if (r instanceof SourceRecord record) {
          records.add(record);
        }
      });
    }
    return records;
  }

  /** "line column: message" for every value that does not read as its type under day_first. */
  private static List<String> invalid(List<SourceRecord> records, Map<String, ValueType> types) {
    List<String> problems = new ArrayList<>();
    for (SourceRecord record : records) {
      for (Map.Entry<String, ValueType> column : types.entrySet()) {
        String separator = column.getKey().equals("assigned_training_paths") ? "|" : ";";
        if (DAY_FIRST.coerce(record.get(column.getKey()), column.getValue(), separator) instanceof Coerced.Invalid bad) {
          problems.add(record.line() + " " + column.getKey() + ": " + bad.message());
        }
      }
    }
    return problems;
  }
}
