package dev.ferry.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.generate.ExportGenerator;
import dev.ferry.generate.GeneratorSpec;
import dev.ferry.journal.RunMode;
import dev.ferry.journal.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a full run, the same export a day later with 5 employees changed and 3 added: {@code ferry delta}
 * creates 3, updates the 5 in place, and touches nothing else, as the sandbox's records and request counts show.
 */
class DeltaRunTest {

  @TempDir
  Path dir;

  @Test
  void a_delta_creates_the_new_updates_the_changed_and_touches_nothing_else() throws Exception {
    try (MigrationProject project = new MigrationProject(dir.resolve("project"))) {
      MigrationProject.Result full = project.ferry("run", project.map.toString());
      assertEquals(0, full.exit(), full.toString());
      RunRecord first = project.lastRun();
      Path dayLater = dir.resolve("export-day-2");
      new ExportGenerator(new GeneratorSpec(7, 300, GeneratorSpec.derivedCompanies(300), 5, 3)).write(dayLater);
      Set<String> changed = changedEmployees(project.dir.resolve("examples/actimo-export/employees.csv"),
          dayLater.resolve("employees.csv"));
      assertEquals(5, changed.size(), changed.toString());

      Map<String, JsonNode> before = byActimoId(project.state());
      project.sandbox.clearRequestCounts();
      MigrationProject.Result delta = project.ferry("delta", project.map.toString(), "--export", dayLater.toString());
      assertEquals(0, delta.exit(), delta.toString());

      Map<String, JsonNode> after = byActimoId(project.state());
      Set<String> created = new TreeSet<>(after.keySet());
      created.removeAll(before.keySet());
      assertEquals(Set.of("E000301", "E000302", "E000303"), created);
      Set<String> updated = new TreeSet<>();
      before.forEach((key, record) -> {
        if (!record.equals(after.get(key))) {
          updated.add(key);
        }
      });
      assertEquals(changed, updated, "exactly the changed employees were updated, in place");
      for (String key : updated) {
        assertEquals(before.get(key).path("id"), after.get(key).path("id"), key + " is the same destination record");
      }

      JsonNode requests = project.requests().path("by_route");
      long writeRequests = project.requests().path("writes").asLong();
      assertTrue(writeRequests <= 8, "at most one write request per new or changed record: " + requests);
      requests.fieldNames().forEachRemaining(route -> assertTrue(
          route.startsWith("GET ") || route.endsWith("/upsert") || route.endsWith("/bulk_upsert"),
          "only reads and upserts: " + requests));
      assertEquals(0, requests.path("POST /sales_accounts/bulk_upsert").asLong(), "accounts did not change");

      RunRecord second = project.lastRun();
      assertEquals(RunMode.DELTA, second.mode());
      assertEquals(3, second.total().created());
      assertEquals(5, second.total().updated());
      assertEquals(second.total().read() - second.total().rejected() - 8, second.total().unchanged());
      MigrationProject.assertAccountedFor(second.total());
      assertTrue(second.watermark().isAfter(first.watermark()), "the watermark moved: " + first.watermark()
          + " -> " + second.watermark());

      MigrationProject.Result again = project.ferry("delta", project.map.toString(), "--export", dayLater.toString());
      assertEquals(0, again.exit(), again.toString());
      assertEquals(0, project.lastRun().total().created() + project.lastRun().total().updated(),
          "a delta of an unchanged export writes nothing");
      MigrationProject.Result status = project.ferry("status", project.map.toString());
      assertTrue(status.out().contains("watermark: " + second.watermark()), status.out());
    }
  }

  private static Map<String, JsonNode> byActimoId(JsonNode state) {
    Map<String, JsonNode> records = new HashMap<>();
    for (String module : List.of("contacts", "leads", "sales_accounts")) {
      for (JsonNode record : state.path(module)) {
        String key = record.path("custom_field").path("cf_actimo_id").asText("");
        if (!key.isEmpty()) {
          records.put(key, record);
        }
      }
    }
    return records;
  }

  /** Employees present in both exports whose rows differ. */
  private static Set<String> changedEmployees(Path before, Path after) throws Exception {
    Map<String, String> old = rows(before);
    Map<String, String> now = rows(after);
    Set<String> changed = new TreeSet<>();
    old.forEach((id, row) -> {
      if (now.containsKey(id) && !now.get(id).equals(row)) {
        changed.add(id);
      }
    });
    return changed;
  }

  private static Map<String, String> rows(Path employees) throws Exception {
    Map<String, String> rows = new HashMap<>();
    for (String line : Files.readAllLines(employees)) {
      if (line.startsWith("E0")) {
        rows.put(line.substring(0, line.indexOf(';')), line);
      }
    }
    return rows;
  }
}
