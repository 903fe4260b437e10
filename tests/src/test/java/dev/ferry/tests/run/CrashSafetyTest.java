package dev.ferry.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ferry.journal.RunRecord;
import dev.ferry.journal.RunStatus;
import dev.ferry.sandbox.Faults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferry run} killed with SIGKILL at eleven points, resumed each time, then run to the end: every record
 * is in the destination exactly once, and every source record is migrated or rejected.
 *
 * <p>Six kills are placed by the sandbox's crash switch: it stops answering after N more writes, and the
 * launcher, left retrying, is killed. Five land wherever the launcher is while it writes to a healthy
 * sandbox: between an intent's commit and its call, mid-batch, or in an outcome's commit.
 */
class CrashSafetyTest {

  /** Writes the sandbox applies before it stops answering, run after run. */
  private static final int[] CRASH_AFTER_WRITES = {1, 1, 2, 4, 9, 17};
  /** Writes the sandbox has answered when the running launcher is killed. */
  private static final int[] KILL_AT_WRITES = {2, 5, 9, 14, 20};

  @TempDir
  Path dir;

  @Test
  void a_run_killed_at_eleven_points_and_resumed_holds_every_record_exactly_once() throws Exception {
    try (MigrationProject project = new MigrationProject(dir.resolve("project"))) {
      Map<String, List<String>> expected = project.expectedKeys();
      Path log = dir.resolve("launcher.log");
      List<String> points = new ArrayList<>();
      for (int writes : CRASH_AFTER_WRITES) {
        project.sandbox.clearRequestCounts();
        project.sandbox.setFaults(Faults.none().withCrashAfterWrites(writes));
        Process launcher = project.launch(log, "run", project.map.toString());
        awaitOrFail(launcher, project, r -> r.path("by_status").path("dropped").asLong() > 0, log);
        kill(launcher);
        points.add("sandbox down after " + writes + " write(s)");
        project.sandbox.setFaults(Faults.none());
      }
      for (int writes : KILL_AT_WRITES) {
        project.sandbox.clearRequestCounts();
        Process launcher = project.launch(log, "run", project.map.toString());
        awaitOrFail(launcher, project, r -> r.path("writes").asLong() >= writes, log);
        kill(launcher);
        points.add("killed while writing, after " + writes + " write(s)");
      }
      assertEquals(11, points.size());

      try (var journal = project.openJournal()) {
        RunRecord interrupted = journal.unfinishedRun().orElseThrow();
        assertEquals(1, interrupted.id(), "one run, resumed each time");
        assertEquals(10, interrupted.resumedAt().size());
      }
      project.sandbox.clearRequestCounts();
      MigrationProject.Result finish = project.ferry("run", project.map.toString());
      assertEquals(0, finish.exit(), finish + "\n--- launcher log\n" + Files.readString(log));

      assertEquals(expected, project.migratedKeys(), "every record exactly once");
      String launches = Files.readString(log);
      assertTrue(launches.contains("settled by lookup"), "in-flight writes were settled:\n" + launches);
      System.out.println(launches.lines().filter(l -> l.contains("settled") || l.contains("resuming")).toList());
      RunRecord run = project.lastRun();
      assertEquals(1, run.id());
      assertEquals(RunStatus.COMPLETED, run.status());
      MigrationProject.assertAccountedFor(run.total());
      assertEquals(289, run.total().created());
      assertEquals(23, run.total().rejected());
      assertEquals(312, run.total().read());
    }
  }

  /** Waits until the sandbox's request counts say the point is reached; the launcher must still be running. */
  private static void awaitOrFail(Process launcher, MigrationProject project,
      Predicate<com.fasterxml.jackson.databind.JsonNode> reached, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!reached.test(project.requests())) {
      if (!launcher.isAlive()) {
        fail("the launcher ended (exit " + launcher.exitValue() + ") before the kill point:\n" + Files.readString(log));
      }
      if (System.nanoTime() > deadline) {
        kill(launcher);
        fail("the kill point was not reached in 60 s:\n" + Files.readString(log));
      }
      Thread.sleep(5);
    }
  }

  /** SIGKILL: {@code destroyForcibly} on Unix sends signal 9; no shutdown hook runs. */
  private static void kill(Process launcher) throws InterruptedException, IOException {
    launcher.destroyForcibly();
    assertTrue(launcher.waitFor(20, TimeUnit.SECONDS), "the launcher did not die");
    assertEquals(137, launcher.exitValue(), "killed by signal 9");
  }
}
