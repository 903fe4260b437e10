package dev.ferry.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.compile.PlanBuilder;
import dev.ferry.freshsales.ApiKey;
import dev.ferry.freshsales.FreshsalesClient;
import dev.ferry.freshsales.FreshsalesConfig;
import dev.ferry.freshsales.LeadMode;
import dev.ferry.journal.Journal;
import dev.ferry.journal.RunMode;
import dev.ferry.journal.RunRecord;
import dev.ferry.journal.RunStatus;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.run.Destination;
import dev.ferry.run.Migration;
import dev.ferry.run.RunListener;
import dev.ferry.run.RunResult;
import dev.ferry.run.StopSignal;
import dev.ferry.sandbox.Faults;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full run of the example against a sandbox answering 10% of requests with 500, 5% with 429 and dropping
 * 2% of connections: it completes with nothing lost and nothing duplicated. The client's waits pass on a
 * virtual clock, so the test takes seconds, not the minutes the Retry-After headers ask for.
 */
class FaultsRunTest {

  @TempDir
  Path dir;

  @Test
  void a_full_run_through_5xx_429_and_dropped_connections_loses_and_duplicates_nothing() throws Exception {
    try (MigrationProject project = new MigrationProject(dir.resolve("project"))) {
      Map<String, List<String>> expected = project.expectedKeys();
      ExecutionPlan plan = PlanBuilder.build(project.map, project.map.toString(), Clock.systemUTC()).plan().orElseThrow();
      project.sandbox.setFaults(Faults.none().withServerErrorRate(0.10).withTooManyRequestsRate(0.05)
          .withDropRate(0.02).withSeed(20241115));
      VirtualTime time = new VirtualTime();
      FreshsalesConfig config = FreshsalesConfig.of(project.sandbox.baseUrl(), ApiKey.of(MigrationProject.KEY))
          .withLeadMode(LeadMode.MODULE);
      RunRecord run;
      try (FreshsalesClient client = FreshsalesClient.builder(config).clock(time).sleeper(time).random(new Random(5))
              .build();
          Journal journal = project.openJournal()) {
        Migration migration = new Migration(journal, Destination.of(client), Clock.systemUTC(), RunListener.silent(),
            new StopSignal());
        RunResult result = migration.run(plan, new Migration.Request(RunMode.FULL, project.map.toString(),
            id -> dir.resolve("reports"), 0));
        run = assertInstanceOf(RunResult.Finished.class, result, result.toString()).run();
      }
      JsonNode requests = project.requests();
      JsonNode statuses = requests.path("by_status");
      assertTrue(statuses.path("500").asLong() > 0 && statuses.path("429").asLong() > 0
          && statuses.path("dropped").asLong() > 0, "the faults struck: " + statuses);

      assertEquals(expected, project.migratedKeys(), "every record exactly once");
      assertEquals(RunStatus.COMPLETED, run.status());
      MigrationProject.assertAccountedFor(run.total());
      assertEquals(289, run.total().migrated());
      System.out.println("faults met: " + statuses + "; waits passed on the virtual clock: " + time.waited());
    }
  }
}
