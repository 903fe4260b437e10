package dev.ferry.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.source.Dialect;
import dev.ferry.source.ExportBundle;
import dev.ferry.source.HeaderAliases;
import dev.ferry.source.ReadResult;
import dev.ferry.source.RecordStream;
import dev.ferry.source.SourceRecord;
import dev.ferry.source.UnreadableRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

  private static final List<String> FILES =
      List.of("companies.csv", "employees.csv", "survey_responses.csv", "workflows.json");

  @TempDir
  Path dir;

  private GeneratedBundle generate(String name, GeneratorSpec spec) throws IOException {
    return new ExportGenerator(spec).write(dir.resolve(name));
  }

  private List<ReadResult> employees(Path bundle) {
    List<ReadResult> rows = new ArrayList<>();
    try (RecordStream stream = ExportBundle.open(bundle).open("employees", HeaderAliases.none())) {
      stream.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void theSameSpecGivesTheSameBytes() throws IOException {
    generate("a", GeneratorSpec.of(11, 250));
    generate("b", GeneratorSpec.of(11, 250));
    generate("c", GeneratorSpec.of(12, 250));
    for (String file : FILES) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file);
    }
    assertFalse(Files.readString(dir.resolve("a/employees.csv")).equals(Files.readString(dir.resolve("c/employees.csv"))));
  }

  @Test
  void eachFullBlockOfAHundredHasItsDirtAndEachThousandTwoUnreadableRows() throws IOException {
    GeneratedBundle bundle = generate("k", GeneratorSpec.of(3, 1000));
    for (Dirt kind : Dirt.values()) {
      assertEquals(kind.unreadable() ? 1 : kind.perBlock() * 10L, bundle.dirt(kind), kind.name());
    }
    List<ReadResult> rows = employees(dir.resolve("k"));
    assertEquals(1000, rows.size());
    assertEquals(2, rows.stream().filter(UnreadableRow.class::isInstance).count());
    long blankEmails = rows.stream().filter(SourceRecord.class::isInstance)
        .filter(r -> ((SourceRecord) r).get("email").isEmpty()).count();
    assertEquals(30, blankEmails);
    assertEquals(40, GeneratorSpec.of(3, 1000).companies());
  }

  @Test
  void theFilesHaveTheirDocumentedDialects() throws IOException {
    generate("d", GeneratorSpec.of(5, 30));
    ExportBundle bundle = ExportBundle.open(dir.resolve("d"));
    assertEquals(new Dialect(';', true, "\r\n"), bundle.header("employees", HeaderAliases.none()).dialect());
    assertEquals(new Dialect(',', false, "\n"), bundle.header("companies", HeaderAliases.none()).dialect());
    assertEquals(new Dialect(',', false, "\r\n"), bundle.header("survey_responses", HeaderAliases.none()).dialect());
    assertEquals("Employee number", bundle.header("employees", HeaderAliases.none()).original().get(22));
  }

  @Test
  void smallExportsAreClean() throws IOException {
    GeneratedBundle one = generate("one", GeneratorSpec.of(1, 1));
    assertEquals(Map.of(), one.dirt());
    assertEquals(3, one.spec().companies());
    GeneratedBundle ten = generate("ten", GeneratorSpec.of(1, 10));
    assertEquals(Map.of(), ten.dirt(), "the first ten rows of a block are never dirty");
    assertEquals(10, employees(dir.resolve("ten")).stream().filter(SourceRecord.class::isInstance).count());
  }

  @Test
  void aDayLaterChangesOnlyTheChangedRowsAndAppendsTheAddedOnes() throws IOException {
    generate("before", GeneratorSpec.of(7, 300));
    GeneratedBundle after = generate("after", GeneratorSpec.of(7, 300).dayLater(20, 10));
    assertEquals(20, after.changedEmployees());
    for (String file : List.of("companies.csv", "survey_responses.csv", "workflows.json")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("before").resolve(file)),
          Files.readAllBytes(dir.resolve("after").resolve(file)), file);
    }
    Map<Long, SourceRecord> before = byRow(employees(dir.resolve("before")));
    Map<Long, SourceRecord> later = byRow(employees(dir.resolve("after")));
    assertEquals(before.size() + 10, later.size());
    int changed = 0;
    for (Map.Entry<Long, SourceRecord> entry : before.entrySet()) {
      SourceRecord old = entry.getValue();
      SourceRecord now = later.get(entry.getKey());
      if (old.cells().equals(now.cells())) {
        continue;
      }
      changed++;
      for (String same : List.of("employee_id", "first_name", "last_name", "email", "phone", "company_id",
          "created_at", "employee_number")) {
        assertEquals(old.get(same), now.get(same), same);
      }
      assertTrue(now.get("updated_at").startsWith("2024-11-15") || now.get("updated_at").startsWith("15/11/2024"),
          now.get("updated_at"));
    }
    assertEquals(20, changed);
    for (long row = 301; row <= 310; row++) {
      SourceRecord added = later.get(row);
      assertEquals(Employees.id(row), added.get("employee_id"));
      assertTrue(added.get("created_at").contains("2024-11-15") || added.get("created_at").startsWith("15/11/2024"),
          added.get("created_at"));
    }
  }

  @Test
  void cannotChangeMoreEmployeesThanAreClean() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> generate("x", GeneratorSpec.of(7, 100).dayLater(100, 0)));
    assertEquals("only 85 of 100 employees are clean enough to change, not 100", e.getMessage());
  }

  private static Map<Long, SourceRecord> byRow(List<ReadResult> rows) {
    Map<Long, SourceRecord> records = new HashMap<>();
    for (ReadResult row : rows) {
      if (row instanceof SourceRecord record) {
        records.put(Long.parseLong(record.get("employee_id").substring(1)), record);
      }
    }
    return records;
  }
}
