package dev.ferry.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.journal.Journal;
import dev.ferry.sandbox.RateLimit;
import dev.ferry.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the verbs say when they cannot go on: each message names the problem and what to do. */
class RunCommandsTest {

  @TempDir
  Path dir;

  @Test
  void a_missing_custom_field_stops_the_run_before_any_write_and_says_what_to_create() {
    try (MigrationProject project = new MigrationProject(dir.resolve("p"),
        SandboxOptions.builder(MigrationProject.KEY).rateLimit(RateLimit.perHour(10_000_000)), false)) {
      MigrationProject.Result run = project.ferry("run", project.map.toString());
      assertEquals(1, run.exit(), run.toString());
      assertTrue(run.err().contains("the destination lacks 2 custom field(s) the map writes; nothing was written"), run.err());
      assertTrue(run.err().contains("  contact: cf_shift_pattern (\"Shift pattern\", text)"), run.err());
      assertTrue(run.err().contains("  lead: cf_shift_pattern (\"Shift pattern\", text)"), run.err());
      assertTrue(run.err().contains("Admin Settings"), run.err());
      assertEquals(0, project.requests().path("writes").asLong(), "nothing was written");

      MigrationProject.Result flag = project.ferry("run", project.map.toString(), "--add-fields-to-sandbox");
      assertEquals(2, flag.exit(), flag.toString());
      assertTrue(flag.err().contains("--add-fields-to-sandbox only works against the local sandbox"), flag.err());
    }
  }

  @Test
  void the_example_runs_against_the_local_sandbox_with_the_admin_step_played() {
    try (MigrationProject project = new MigrationProject(dir.resolve("p"))) {
      MigrationProject.Result run = MigrationProject.ferryWith(Map.of(), "run", project.map.toString(),
          "--add-fields-to-sandbox");
      assertEquals(0, run.exit(), run.toString());
      assertTrue(run.err().contains("writing to the local Freshsales sandbox"), run.err());
      assertTrue(run.out().contains("added to the local sandbox, as a Freshsales admin would: contact: cf_shift_pattern"),
          run.out());
      assertTrue(run.out().contains("employees: 277 of 277 transformed record(s) to send"), run.out());
      assertTrue(run.out().contains("run 1 completed in"), run.out());
      assertTrue(run.out().contains("312 records in = 289 migrated (289 created, 0 updated, 0 unchanged) + 23 rejected"
          + " + 0 failed"), run.out());
      Path reports = project.dir.resolve(".ferry/runs/run-1");
      assertTrue(Files.exists(reports.resolve("success.csv")) && Files.exists(reports.resolve("rejected.csv")));
      assertTrue(Files.exists(project.dir.resolve(".ferry/sandbox/state.json")));

      MigrationProject.Result status = MigrationProject.ferryWith(Map.of(), "status", project.map.toString());
      assertEquals(0, status.exit(), status.toString());
      assertTrue(status.out().contains("   1  run       completed"), status.out());
      assertTrue(status.out().contains("pending writes (journaled, outcome unknown): 0"), status.out());
    }
  }

  @Test
  void a_second_run_while_one_holds_the_journal_is_refused_naming_the_holder() throws Exception {
    try (MigrationProject project = new MigrationProject(dir.resolve("p"));
        Journal held = project.openJournal()) {
      MigrationProject.Result run = project.ferry("run", project.map.toString());
      assertEquals(2, run.exit(), run.toString());
      assertTrue(run.err().contains("the journal " + project.dir.resolve(".ferry/journal.db") + " is in use by pid "
          + ProcessHandle.current().pid() + " on " + held.holder().host() + " since "), run.err());
      assertEquals(0, project.requests().path("writes").asLong());

      MigrationProject.Result status = project.ferry("status", project.map.toString());
      assertEquals(2, status.exit());
      assertTrue(status.err().contains("is in use by pid"), status.err());
    }
  }

  @Test
  void verbs_without_a_journal_or_with_bad_options_say_so() {
    try (MigrationProject project = new MigrationProject(dir.resolve("p"))) {
      MigrationProject.Result status = project.ferry("status", project.map.toString());
      assertEquals(0, status.exit());
      assertTrue(status.out().contains("nothing has run with this map yet"), status.out());
      MigrationProject.Result rollback = project.ferry("rollback", project.map.toString());
      assertEquals(2, rollback.exit());
      assertTrue(rollback.err().contains("nothing to roll back"), rollback.err());
      MigrationProject.Result delta = project.ferry("delta", project.map.toString());
      assertEquals(2, delta.exit());
      assertTrue(delta.err().contains("a delta moves what changed since a completed run"), delta.err());
      MigrationProject.Result log = project.ferry("log", project.map.toString(), "--format", "xml");
      assertEquals(2, log.exit());
      assertTrue(log.err().contains("--format must be jsonl or csv, got xml"), log.err());
      MigrationProject.Result export = project.ferry("run", project.map.toString(), "--export", "no-such-folder");
      assertEquals(2, export.exit());
      assertTrue(export.err().contains("the export folder") && export.err().contains("does not exist"), export.err());
    }
  }
}
