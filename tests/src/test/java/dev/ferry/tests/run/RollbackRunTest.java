package dev.ferry.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.freshsales.ApiKey;
import dev.ferry.freshsales.Entity;
import dev.ferry.freshsales.FreshsalesClient;
import dev.ferry.freshsales.FreshsalesConfig;
import dev.ferry.freshsales.LeadMode;
import dev.ferry.freshsales.Outcome;
import dev.ferry.freshsales.UniqueKey;
import dev.ferry.generate.ExportGenerator;
import dev.ferry.generate.GeneratorSpec;
import dev.ferry.journal.RunMode;
import dev.ferry.journal.RunRecord;
import dev.ferry.journal.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rolling back puts the destination back exactly as it was, including records that existed before the
 * migration and were updated by it: an account, a contact and a lead are created before the first run with
 * the Actimo ids the export will upsert on, and different values.
 */
class RollbackRunTest {

  @TempDir
  Path dir;

  @Test
  void rolling_back_a_delta_and_then_everything_restores_each_earlier_state() throws Exception {
    try (MigrationProject project = new MigrationProject(dir.resolve("project"))) {
      Map<String, List<String>> expected = project.expectedKeys();
      String contactKey = expected.get("contacts").get(1);
      String leadKey = expected.get("leads").get(0);
      long[] existing = createExistingRecords(project, "C00003", contactKey, leadKey);
      JsonNode beforeMigration = project.records();
      Path dayLater = dir.resolve("export-day-2");
      new ExportGenerator(new GeneratorSpec(7, 300, GeneratorSpec.derivedCompanies(300), 5, 3)).write(dayLater);

      MigrationProject.Result full = project.ferry("run", project.map.toString());
      assertEquals(0, full.exit(), full.toString());
      RunRecord first = project.lastRun();
      assertEquals(3, first.total().updated(), "the three existing records were updated, not duplicated");
      JsonNode afterFull = project.records();
      assertNotEquals(beforeMigration, afterFull);
      JsonNode contact = find(project.state(), "contacts", existing[1]);
      assertEquals(contactKey, contact.path("custom_field").path("cf_actimo_id").asText());
      assertNotEquals("Intern", contact.path("job_title").asText(), "the run overwrote the existing contact");

      MigrationProject.Result delta = project.ferry("delta", project.map.toString(), "--export", dayLater.toString());
      assertEquals(0, delta.exit(), delta.toString());
      assertNotEquals(afterFull, project.records());

      MigrationProject.Result undoDelta = project.ferry("rollback", project.map.toString(), "--run", "2");
      assertEquals(0, undoDelta.exit(), undoDelta.toString());
      assertEquals(afterFull, project.records(), "rolling back the delta restores the state after the full run");

      MigrationProject.Result refused = project.ferry("rollback", project.map.toString(), "--run", "2");
      assertEquals(2, refused.exit());
      assertTrue(refused.err().contains("run 2 is rolled back already"), refused.err());

      MigrationProject.Result deltaAgain = project.ferry("delta", project.map.toString(), "--export", dayLater.toString());
      assertEquals(0, deltaAgain.exit(), deltaAgain.toString());
      MigrationProject.Result undoAll = project.ferry("rollback", project.map.toString());
      assertEquals(0, undoAll.exit(), undoAll.toString());
      assertEquals(beforeMigration, project.records(), "rolling back everything restores the state before the first run");

      RunRecord rollback = project.lastRun();
      assertEquals(RunMode.ROLLBACK, rollback.mode());
      assertEquals(List.of(4, 1), rollback.rollsBack());
      assertEquals(3, rollback.total().restored());
      assertEquals(0, rollback.total().failed());
      try (var journal = project.openJournal()) {
        assertEquals(RunStatus.ROLLED_BACK, journal.run(1).orElseThrow().status());
        assertEquals(RunStatus.ROLLED_BACK, journal.run(4).orElseThrow().status());
        assertEquals(0, journal.idCount());
      }
      MigrationProject.Result log = project.ferry("log", project.map.toString(), "--run", "5", "--format", "csv");
      assertEquals(0, log.exit(), log.toString());
      assertTrue(log.out().lines().anyMatch(l -> l.contains(",restore,") && l.endsWith(",restored,")), log.out());
      assertTrue(log.out().lines().anyMatch(l -> l.contains(",delete,") && l.endsWith(",deleted,")), log.out());
    }
  }

  /** An account, a contact and a lead as a user had them before the migration; returns their ids. */
  private static long[] createExistingRecords(MigrationProject project, String accountKey, String contactKey,
      String leadKey) {
    FreshsalesConfig config = FreshsalesConfig.of(project.sandbox.baseUrl(), ApiKey.of(MigrationProject.KEY))
        .withLeadMode(LeadMode.MODULE);
    try (FreshsalesClient client = FreshsalesClient.connect(config)) {
      long account = id(client.create(Entity.SALES_ACCOUNT, UniqueKey.customField("cf_actimo_id", accountKey),
          Map.of("name", "Højmark (before Ferry)", "website", "https://old.hojmark.example",
              "custom_field", Map.of("cf_actimo_id", accountKey, "cf_department", "Old HQ"))));
      long contact = id(client.create(Entity.CONTACT, UniqueKey.customField("cf_actimo_id", contactKey),
          Map.of("first_name", "Mo", "email", "mo.before@hojmark.example", "job_title", "Intern",
              "sales_accounts", List.of(Map.of("id", 501, "is_primary", true)), "tags", List.of("vip"),
              "custom_field", Map.of("cf_actimo_id", contactKey, "cf_department", "Old department"))));
      long lead = id(client.create(Entity.LEAD, UniqueKey.customField("cf_actimo_id", leadKey),
          Map.of("first_name", "Lea", "last_name", "Before", "email", "lea.before@example.com",
              "custom_field", Map.of("cf_actimo_id", leadKey))));
      return new long[] {account, contact, lead};
    }
  }

  private static long id(Outcome outcome) {
    assertTrue(outcome instanceof Outcome.Created, outcome.toString());
    return outcome.destinationId().orElseThrow();
  }

  private static JsonNode find(JsonNode state, String module, long id) {
    for (JsonNode record : state.path(module)) {
      if (record.path("id").asLong() == id) {
        return record;
      }
    }
    throw new AssertionError("no " + module + " " + id);
  }
}
