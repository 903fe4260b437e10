package dev.ferry.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.compile.PlanBuilder;
import dev.ferry.freshsales.Entity;
import dev.ferry.freshsales.UpsertRequest;
import dev.ferry.journal.BeforeImage;
import dev.ferry.journal.Journal;
import dev.ferry.journal.Operation;
import dev.ferry.journal.RunMode;
import dev.ferry.journal.RunRecord;
import dev.ferry.journal.RunStatus;
import dev.ferry.journal.Tally;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.rollback.Rollback;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's protocol against a destination that dies on cue: intents on disk before each call, outcomes
 * after, and a restart that settles what was in flight by lookup instead of sending it again.
 */
class WriteAheadProtocolTest {

  private static final Path MAP = Path.of("../mappings/actimo-to-freshsales.yaml");
  /** The example's transformed records: 12 accounts, 162 contacts, 115 leads. */
  private static final int MIGRATED = 289;

  @TempDir
  Path dir;

  private ExecutionPlan plan;
  private FakeDestination destination;
  private Path journalFile;

  @BeforeEach
  void compile() {
    plan = PlanBuilder.build(MAP, MAP.toString(), Clock.systemUTC()).plan().orElseThrow();
    destination = new FakeDestination(plan);
    journalFile = dir.resolve(".ferry/journal.db");
  }

  @Test
  void every_record_of_a_batch_has_a_committed_intent_when_the_batch_is_sent() throws IOException {
    List<String> missing = new ArrayList<>();
    int[] checkedBatches = {0};
    try (Journal journal = open()) {
      destination.beforeUpsert.add(requests -> {
        // Open a copy of the files as they are now: what a process killed during this call would leave.
        try (Journal atCall = openCopy("call-" + checkedBatches[0]++)) {
          int run = atCall.unfinishedRun().orElseThrow().id();
          List<String> pending = atCall.pending(run).stream().map(Operation::identifyValue).toList();
          for (UpsertRequest request : requests) {
            if (!pending.contains(request.key().value())) {
              missing.add(request.key().value());
            }
          }
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      RunResult result = migration(journal).run(plan, request(RunMode.FULL));
      assertInstanceOf(RunResult.Finished.class, result);
    }
    assertTrue(checkedBatches[0] > 10, "checked " + checkedBatches[0] + " batches");
    assertEquals(List.of(), missing, "sent without a committed intent");
  }

  @Test
  void a_run_killed_after_the_destination_applied_a_batch_settles_it_by_lookup_and_sends_nothing_twice()
      throws IOException {
    // 12 accounts, then the first contact batch (100) is applied but the process dies before its outcome.
    destination.crashAfter(12 + 100);
    try (Journal journal = open()) {
      assertThrows(FakeDestination.Crash.class, () -> migration(journal).run(plan, request(RunMode.FULL)));
      int run = journal.unfinishedRun().orElseThrow().id();
      assertEquals(100, journal.pending(run).size(), "the applied batch is journaled as intents only");
    }
    int writesBefore = destination.writeRequests;
    RunRecord finished;
    try (Journal journal = open()) {
      RunResult result = migration(journal).run(plan, request(RunMode.FULL));
      finished = assertInstanceOf(RunResult.Finished.class, result).run();
      assertEquals(0, journal.pendingCount());
    }
    assertEquals(RunStatus.COMPLETED, finished.status());
    assertEquals(List.of(), destination.upsertsByKey.entrySet().stream().filter(e -> e.getValue() > 1).toList(),
        "records sent twice");
    assertEquals(MIGRATED, destination.upsertsByKey.size());
    assertExactlyOnceEach();
    Tally total = finished.total();
    assertEquals(total.read(), total.migrated() + total.rejected() + total.failed());
    assertEquals(MIGRATED, total.created());
    assertTrue(destination.writeRequests > writesBefore);
  }

  @Test
  void a_run_killed_part_way_through_a_batch_sends_only_the_records_that_did_not_land() throws IOException {
    for (int crashAt : new int[] {5, 37, 60}) {
      destination.crashAfter(crashAt);
      try (Journal journal = open()) {
        assertThrows(FakeDestination.Crash.class, () -> migration(journal).run(plan, request(RunMode.FULL)));
      }
    }
    try (Journal journal = open()) {
      assertInstanceOf(RunResult.Finished.class, migration(journal).run(plan, request(RunMode.FULL)));
      assertEquals(1, journal.runs().size(), "one run, resumed three times");
      assertEquals(3, journal.runs().get(0).resumedAt().size());
    }
    assertEquals(List.of(), destination.upsertsByKey.entrySet().stream().filter(e -> e.getValue() > 1).toList());
    assertExactlyOnceEach();
  }

  @Test
  void a_resume_with_a_changed_map_is_refused_and_writes_nothing() throws IOException {
    destination.crashAfter(30);
    try (Journal journal = open()) {
      assertThrows(FakeDestination.Crash.class, () -> migration(journal).run(plan, request(RunMode.FULL)));
    }
    Path changed = dir.resolve("changed.yaml");
    Files.writeString(changed, Files.readString(MAP).replace("default: (unknown)", "default: (not given)")
        .replace("export: examples/actimo-export", "export: " + MAP.toAbsolutePath().getParent().resolve("examples/actimo-export")));
    ExecutionPlan other = PlanBuilder.build(changed, changed.toString(), Clock.systemUTC()).plan().orElseThrow();
    int writes = destination.writeRequests;
    try (Journal journal = open()) {
      RunResult.Refused refused = assertInstanceOf(RunResult.Refused.class,
          migration(journal).run(other, request(RunMode.FULL)));
      assertEquals(RunResult.Refusal.PLAN_CHANGED, refused.why());
      assertTrue(refused.message().contains("the map changed since it started"), refused.message());
    }
    assertEquals(writes, destination.writeRequests);
  }

  @Test
  void records_that_existed_are_updated_with_their_before_image_journaled_and_rollback_restores_them()
      throws IOException {
    long account = destination.put(Entity.SALES_ACCOUNT, Map.of("name", "Old name", "custom_field",
        Map.of("cf_actimo_id", "C00003", "cf_department", "Old department")));
    long contact = destination.put(Entity.CONTACT, Map.of("first_name", "Mo", "job_title", "Intern",
        "custom_field", Map.of("cf_actimo_id", "E000002")));
    Map<String, Map<String, Object>> before = snapshot();
    try (Journal journal = open()) {
      RunRecord run = assertInstanceOf(RunResult.Finished.class, migration(journal).run(plan, request(RunMode.FULL)))
          .run();
      assertEquals(2, run.total().updated());
      assertEquals(MIGRATED - 2, run.total().created());
      BeforeImage image = journal.beforeImage(run.id(), "employees", "E000002").orElseThrow();
      assertEquals(contact, image.destinationId());
      assertEquals("Intern", image.fields().get("job_title"));
      assertEquals(null, image.fields().get("last_name"), "absent fields are kept as nulls, to be cleared");
      assertEquals("Payroll specialist", destination.records.get(Entity.CONTACT).get(contact).get("job_title"));

      RunResult undone = new Rollback(journal, destination, Clock.systemUTC(), RunListener.silent(), new StopSignal())
          .rollback(Optional.empty(), "test");
      RunRecord rollback = assertInstanceOf(RunResult.Finished.class, undone).run();
      assertEquals(MIGRATED - 2, rollback.total().deleted());
      assertEquals(2, rollback.total().restored());
      assertEquals(RunStatus.ROLLED_BACK, journal.run(run.id()).orElseThrow().status());
      assertEquals(0, journal.idCount());
    }
    assertEquals(before, snapshot());
    assertEquals("Old name", destination.records.get(Entity.SALES_ACCOUNT).get(account).get("name"));
  }

  @Test
  void running_again_sends_nothing_for_records_unchanged_since_ferry_wrote_them() throws IOException {
    try (Journal journal = open()) {
      migration(journal).run(plan, request(RunMode.FULL));
      int writes = destination.writeRequests;
      RunRecord again = assertInstanceOf(RunResult.Finished.class, migration(journal).run(plan, request(RunMode.DELTA)))
          .run();
      assertEquals(writes, destination.writeRequests);
      assertEquals(MIGRATED, again.total().unchanged());
    }
  }

  @Test
  void a_sample_run_moves_the_first_rows_of_each_object_and_the_full_run_after_it_skips_them() throws IOException {
    try (Journal journal = open()) {
      RunRecord sample = assertInstanceOf(RunResult.Finished.class, migration(journal).run(plan,
          new Migration.Request(RunMode.SAMPLE, MAP.toString(), id -> dir.resolve("runs/run-" + id), 40))).run();
      assertEquals(RunMode.SAMPLE, sample.mode());
      assertEquals(12, sample.tallies().get("accounts").read());
      assertEquals(40, sample.tallies().get("employees").read());
      RunResult.Refused noBase = assertInstanceOf(RunResult.Refused.class,
          migration(journal).run(plan, request(RunMode.DELTA)));
      assertEquals(RunResult.Refusal.JOURNAL_STATE, noBase.why(), "a sample is not a delta's starting point");
      RunRecord full = assertInstanceOf(RunResult.Finished.class, migration(journal).run(plan, request(RunMode.FULL)))
          .run();
      assertEquals(sample.total().migrated(), full.total().unchanged());
      assertEquals(MIGRATED, full.total().migrated());
    }
    assertExactlyOnceEach();
  }

  private Map<String, Map<String, Object>> snapshot() {
    Map<String, Map<String, Object>> all = new java.util.TreeMap<>();
    destination.records.forEach((entity, records) -> records.forEach((id, record) -> {
      Map<String, Object> copy = new java.util.TreeMap<>();
      record.forEach((k, v) -> {
        if (v instanceof Map<?, ?> nested) {
          Map<String, Object> inner = new java.util.TreeMap<>();
          nested.forEach((nk, nv) -> {
            if (nv != null) {
              inner.put(nk.toString(), nv);
            }
          });
          copy.put(k, inner);
        } else if (v != null) {
          copy.put(k, v);
        }
      });
      all.put(entity + "/" + id, copy);
    }));
    return all;
  }

  private void assertExactlyOnceEach() {
    Map<String, Integer> byKey = new java.util.HashMap<>();
    destination.records.values().forEach(records -> records.values().forEach(record -> {
      Object custom = record.get("custom_field");
      Object key = custom instanceof Map<?, ?> map ? map.get("cf_actimo_id") : null;
      byKey.merge(String.valueOf(key), 1, Integer::sum);
    }));
    assertEquals(MIGRATED, byKey.size());
    assertEquals(List.of(), byKey.entrySet().stream().filter(e -> e.getValue() != 1).toList());
  }

  private Migration migration(Journal journal) {
    return new Migration(journal, destination, Clock.systemUTC(), RunListener.silent(), new StopSignal());
  }

  private Migration.Request request(RunMode mode) {
    return new Migration.Request(mode, MAP.toString(), id -> dir.resolve("runs/run-" + id), 0);
  }

  private Journal open() throws IOException {
    return assertInstanceOf(Journal.Opened.class, Journal.open(journalFile, Clock.systemUTC(), "test")).journal();
  }

  private Journal openCopy(String name) throws IOException {
    Path target = dir.resolve(name);
    Files.createDirectories(target);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(journalFile.getParent(), "journal.db*")) {
      for (Path each : files) {
        if (!each.getFileName().toString().endsWith(".lock")) {
          Files.copy(each, target.resolve(each.getFileName()));
        }
      }
    }
    return assertInstanceOf(Journal.Opened.class, Journal.open(target.resolve("journal.db"), Clock.systemUTC(), "copy"))
        .journal();
  }
}
