package dev.ferry.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.plan.PlanHash;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-15T10:00:00Z"), ZoneOffset.UTC);
  private static final PlanHash PLAN = new PlanHash("ab".repeat(32));

  @TempDir
  Path dir;

  @Test
  void intents_are_on_disk_before_the_call_and_outcomes_after_it() throws IOException {
    Path file = dir.resolve("p/.ferry/journal.db");
    try (Journal journal = open(file)) {
      RunRecord run = start(journal);
      journal.recordIntents(List.of(intent(run.id(), "E1"), intent(run.id(), "E2")));

      // What a process killed right now (the call in flight) leaves behind.
      try (Journal crashed = open(copyOf(file, "at-call"))) {
        assertEquals(List.of("E1", "E2"), crashed.pending(run.id()).stream().map(Operation::key).toList());
        assertEquals(Operation.Status.PENDING, crashed.operation(run.id(), "employees", "E1").orElseThrow().status());
        assertTrue(crashed.id("employees", "E1").isEmpty(), "no id before the outcome");
      }

      Operation e1 = journal.operation(run.id(), "employees", "E1").orElseThrow();
      journal.recordOutcomes(List.of(new Journal.Settled(
          e1.settled(Operation.Status.CREATED, 1001L, null, CLOCK.instant()),
          new Journal.Put(new IdEntry("employees", "E1", "contact", 1001, "d1", null, run.id(), run.id())), null)));

      try (Journal crashed = open(copyOf(file, "after-outcome"))) {
        assertEquals(List.of("E2"), crashed.pending(run.id()).stream().map(Operation::key).toList());
        assertEquals(1001L, crashed.id("employees", "E1").orElseThrow().destinationId());
        assertEquals(Operation.Status.CREATED, crashed.operation(run.id(), "employees", "E1").orElseThrow().status());
      }
    }
  }

  @Test
  void the_audit_log_has_the_intent_before_the_outcome() throws IOException {
    try (Journal journal = open(dir.resolve("journal.db"))) {
      RunRecord run = start(journal);
      Operation intent = intent(run.id(), "E1");
      journal.recordIntents(List.of(intent));
      journal.recordOutcomes(List.of(new Journal.Settled(
          intent.settled(Operation.Status.FAILED, null, "refused: email taken", CLOCK.instant()), new Journal.Keep(),
          null)));
      List<AuditEvent> events = new ArrayList<>();
      journal.forEachEvent(Optional.of(run.id()), events::add);
      assertEquals(List.of("intent", "failed"), events.stream().map(AuditEvent::outcome).toList());
      assertEquals("refused: email taken", events.get(1).detail());

      StringWriter csv = new StringWriter();
      AuditLog.write(journal, Optional.empty(), AuditLog.Format.CSV, csv);
      assertTrue(csv.toString().startsWith("seq,time,run,object,key,module,operation,destination_id,outcome,detail\n"));
      StringWriter jsonl = new StringWriter();
      AuditLog.write(journal, Optional.empty(), AuditLog.Format.JSONL, jsonl);
      assertTrue(jsonl.toString().lines().skip(1).findFirst().orElseThrow().contains("\"outcome\":\"failed\""));
    }
  }

  @Test
  void the_id_map_answers_lookups_across_runs_and_keeps_its_entries_when_reopened() throws IOException {
    Path file = dir.resolve("journal.db");
    try (Journal journal = open(file)) {
      RunRecord first = start(journal);
      Operation intent = new Operation(first.id(), "accounts", "C1", "sales_account", Operation.Kind.CREATE,
          "cf_actimo_id", "C1", "d", null, CLOCK.instant(), Operation.Status.PENDING, null, null, null, null, 1);
      journal.recordIntents(List.of(intent));
      journal.recordOutcomes(List.of(new Journal.Settled(intent.settled(Operation.Status.CREATED, 501L, null,
          CLOCK.instant()), new Journal.Put(new IdEntry("accounts", "C1", "sales_account", 501, "d", null, 1, 1)),
          null)));
      journal.saveRun(first.ended(RunStatus.COMPLETED, CLOCK.instant(), Map.of(), null));
    }
    try (Journal journal = open(file)) {
      JournalIds ids = new JournalIds(journal);
      assertEquals(Optional.of("501"), ids.destinationId("accounts", "C1"));
      assertEquals(Optional.empty(), ids.destinationId("accounts", "C2"));
      assertEquals(Optional.empty(), ids.destinationId("employees", "C1"));
      assertTrue(journal.unfinishedRun().isEmpty());
      RunRecord second = start(journal);
      assertEquals(2, second.id());
      assertEquals(Optional.of(2), journal.unfinishedRun().map(RunRecord::id));
    }
  }

  @Test
  void a_before_image_is_kept_from_the_first_read_of_a_run() throws IOException {
    try (Journal journal = open(dir.resolve("journal.db"))) {
      Map<String, Object> original = Map.of("job_title", "Driver");
      Map<String, Object> afterOwnWrite = Map.of("job_title", "Nurse");
      journal.recordBeforeImages(List.of(new BeforeImage(1, "employees", "E1", "contact", 7, original, CLOCK.instant())));
      journal.recordBeforeImages(List.of(new BeforeImage(1, "employees", "E1", "contact", 7, afterOwnWrite,
          CLOCK.instant())));
      journal.recordBeforeImages(List.of(new BeforeImage(2, "employees", "E1", "contact", 7, afterOwnWrite,
          CLOCK.instant())));
      assertEquals(original, journal.beforeImage(1, "employees", "E1").orElseThrow().fields());
      assertEquals(afterOwnWrite, journal.beforeImage(2, "employees", "E1").orElseThrow().fields());
      assertTrue(journal.beforeImage(1, "employees", "E2").isEmpty());
    }
  }

  @Test
  void the_destination_tags_before_ferry_are_the_ones_read_by_the_first_run() throws IOException {
    Path file = dir.resolve("journal.db");
    try (Journal journal = open(file)) {
      assertEquals(java.util.Set.of("vip"), journal.destinationTagsBeforeFerry(java.util.Set.of("vip")));
    }
    try (Journal journal = open(file)) {
      assertEquals(java.util.Set.of("vip"), journal.destinationTagsBeforeFerry(java.util.Set.of("vip", "first-aid")),
          "tags Ferry's records brought in are not the destination's");
    }
  }

  @Test
  void a_second_writer_is_refused_with_the_holder_named_and_gets_in_once_the_first_closes() throws IOException {
    Path file = dir.resolve("journal.db");
    try (Journal first = open(file)) {
      Journal.Opening second = Journal.open(file, CLOCK, "ferry run second.yaml");
      Journal.Locked locked = assertInstanceOf(Journal.Locked.class, second);
      LockHolder holder = locked.holder().orElseThrow();
      assertEquals(ProcessHandle.current().pid(), holder.pid());
      assertEquals(CLOCK.instant(), holder.since());
      assertEquals("ferry run test.yaml", holder.command());
      assertFalse(holder.host().isBlank());
      assertEquals(Optional.of(holder), JournalLock.holderOf(file));
    }
    assertEquals(Optional.empty(), JournalLock.holderOf(file), "a closed journal's lock names nobody");
    try (Journal again = open(file)) {
      assertEquals(ProcessHandle.current().pid(), again.holder().pid());
    }
  }

  @Test
  void a_lock_left_by_a_killed_process_is_taken_over_and_reported() throws IOException {
    Path file = dir.resolve("journal.db");
    // What a process killed with -9 leaves: its name in the lock file, but no lock (the kernel released it).
    Files.writeString(JournalLock.fileFor(file),
        "{\"pid\":999999,\"host\":\"old-host\",\"since\":\"2024-11-14T08:00:00Z\",\"command\":\"ferry run\"}\n",
        StandardCharsets.UTF_8);
    Journal.Opened opened = assertInstanceOf(Journal.Opened.class, Journal.open(file, CLOCK, "ferry run test.yaml"));
    try (Journal journal = opened.journal()) {
      LockHolder stale = opened.staleLock().orElseThrow();
      assertEquals(999999, stale.pid());
      assertEquals("old-host", stale.host());
    }
  }

  @Test
  void the_journal_and_its_folder_are_readable_by_the_owner_only() throws IOException {
    assumeTrue(OwnerOnly.supported(), "POSIX permissions are not supported here");
    Path file = dir.resolve("project/.ferry/journal.db");
    try (Journal journal = open(file)) {
      RunRecord run = start(journal);
      journal.recordIntents(List.of(intent(run.id(), "E1")));
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
      try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent())) {
        for (Path each : files) {
          assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(each)), each.toString());
        }
      }
    }
  }

  @Test
  void a_file_that_is_not_a_journal_is_refused_with_its_name() throws IOException {
    Path file = dir.resolve("journal.db");
    Files.writeString(file, "not a journal at all, just text that is long enough to look like a header".repeat(20));
    JournalException e = org.junit.jupiter.api.Assertions.assertThrows(JournalException.class, () -> open(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    // the lock is given back, so the next attempt is refused for the file, not the lock
    assertThrowsAgain(file);
  }

  private void assertThrowsAgain(Path file) {
    org.junit.jupiter.api.Assertions.assertThrows(JournalException.class, () -> open(file));
  }

  private static Journal open(Path file) throws IOException {
    return assertInstanceOf(Journal.Opened.class, Journal.open(file, CLOCK, "ferry run test.yaml")).journal();
  }

  private static RunRecord start(Journal journal) {
    return journal.startRun(RunMode.FULL, PLAN, "test.yaml", "export", List.of("accounts", "employees"), List.of(),
        "MODULE");
  }

  private static Operation intent(int run, String key) {
    return new Operation(run, "employees", key, "contact", Operation.Kind.CREATE, "cf_actimo_id", key, "digest-" + key,
        null, CLOCK.instant(), Operation.Status.PENDING, null, null, null, null, 1);
  }

  /** The journal's files as a process killed now would leave them (the lock is the kernel's, not copied). */
  private Path copyOf(Path file, String name) throws IOException {
    Path target = dir.resolve(name);
    Files.createDirectories(target);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), file.getFileName() + "*")) {
      for (Path each : files) {
        if (!each.getFileName().toString().endsWith(".lock")) {
          Files.copy(each, target.resolve(each.getFileName()));
        }
      }
    }
    return target.resolve(file.getFileName());
  }
}
