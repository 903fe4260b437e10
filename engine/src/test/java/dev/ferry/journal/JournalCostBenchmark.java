package dev.ferry.journal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.plan.PlanHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the journal costs per record, as a run uses it: per batch, one commit of intents (operation, pending
 * mark, audit event) and one of outcomes (operation, pending cleared, id-map entry, audit event), eight puts a
 * record. Off by default; run with
 * {@code mvn -q -B -o test -pl engine -Dtest=JournalCostBenchmark -Dferry.bench=true}.
 * Results go to docs/performance.md.
 */
class JournalCostBenchmark {

  private static final int RECORDS = Integer.getInteger("ferry.bench.records", 5_000);

  @TempDir
  Path dir;

  @Test
  void journal_cost_per_record() throws IOException {
    assumeTrue(Boolean.getBoolean("ferry.bench"), "a benchmark: run with -Dferry.bench=true");
    System.out.printf("journal cost, %,d records, 8 puts a record, 2 commits a batch%n", RECORDS);
    System.out.println("| storage | batch | records/s | µs/record | commits/s | file MB |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (boolean mmap : new boolean[] {false, true}) {
      for (int batch : new int[] {100, 10, 1}) {
        int records = batch == 1 ? Math.min(RECORDS, 500) : RECORDS;
        measure(mmap, batch, records);
      }
    }
  }

  private void measure(boolean mmap, int batch, int records) throws IOException {
    Path file = dir.resolve((mmap ? "mmap-" : "file-") + batch + "/journal.db");
    Journal journal = ((Journal.Opened) Journal.open(file, Clock.systemUTC(), "bench",
        new Journal.Options(mmap))).journal();
    try (journal) {
      RunRecord run = journal.startRun(RunMode.FULL, new PlanHash("00".repeat(32)), "bench.yaml", "export",
          List.of("employees"), List.of(), "MODULE");
      long start = System.nanoTime();
      for (int from = 0; from < records; from += batch) {
        List<Operation> intents = new ArrayList<>(batch);
        for (int i = from; i < Math.min(records, from + batch); i++) {
          String key = String.format("E%07d", i);
          intents.add(new Operation(run.id(), "employees", key, "contact", Operation.Kind.CREATE, "cf_actimo_id", key,
              "0123456789abcdef0123456789abcdef", null, java.time.Instant.now(), Operation.Status.PENDING, null, null,
              null, null, 1));
        }
        journal.recordIntents(intents);
        List<Journal.Settled> outcomes = new ArrayList<>(intents.size());
        for (Operation intent : intents) {
          long id = 100_000 + Long.parseLong(intent.key().substring(1));
          outcomes.add(new Journal.Settled(intent.settled(Operation.Status.CREATED, id, null, java.time.Instant.now()),
              new Journal.Put(new IdEntry("employees", intent.key(), "contact", id, intent.digest(), null, run.id(),
                  run.id())), null));
        }
        journal.recordOutcomes(outcomes);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long commits = 2L * ((records + batch - 1) / batch);
      System.out.printf("| %s | %d | %,.0f | %,.0f | %,.0f | %.1f |%n", mmap ? "MapDB, mmap" : "MapDB, file channel",
          batch, records / seconds, seconds * 1e6 / records, commits / seconds, Files.size(file) / 1e6);
    }
  }

}
