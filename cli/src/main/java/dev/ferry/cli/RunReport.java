package dev.ferry.cli;

import dev.ferry.journal.RunMode;
import dev.ferry.journal.RunRecord;
import dev.ferry.journal.RunStatus;
import dev.ferry.journal.Tally;
import dev.ferry.run.RunResult;
import java.io.PrintWriter;
import java.time.Duration;

/** Prints how a run, delta or rollback ended, and turns it into the launcher's exit code. */
final class RunReport {

  private RunReport() {}

  static int print(String verb, RunResult result, PrintWriter out, PrintWriter err) {
    if (result instanceof RunResult.Refused refused) {
      err.println("ferry " + verb + ": " + refused.message());
      refused.details().forEach(line -> err.println("  " + line));
      return refused.why() == RunResult.Refusal.JOURNAL_STATE ? ExitCode.USAGE : ExitCode.INVALID;
    }
    if (result instanceof RunResult.Stopped stopped) {
      err.println("ferry " + verb + ": " + (stopped.run() == null ? "stopped" : describe(stopped.run()) + " stopped")
          + ": " + stopped.reason());
      err.println("  what is done is journaled; `ferry " + verb + " MAP` again resumes"
          + (stopped.run() != null && stopped.run().mode() != RunMode.ROLLBACK ? ", or `ferry rollback MAP` undoes it" : ""));
      return ExitCode.USAGE;
    }
    RunResult.Finished finished = (RunResult.Finished) result;
    RunRecord run = finished.run();
    Tally total = run.total();
    Duration took = Duration.between(run.resumedAt().isEmpty() ? run.startedAt() : run.resumedAt().get(run.resumedAt().size() - 1),
        run.endedAt());
    if (run.mode() == RunMode.ROLLBACK) {
      out.println(describe(run) + " " + status(run) + " in " + seconds(took) + ": undid run(s) " + run.rollsBack()
          + ": " + total.deleted() + " deleted, " + total.restored() + " restored, " + total.failed() + " failed"
          + (total.pending() == 0 ? "" : ", " + total.pending() + " without a clear answer"));
    } else {
      out.println(describe(run) + " " + status(run) + " in " + seconds(took) + ": " + total.read() + " records in = "
          + total.migrated() + " migrated (" + total.created() + " created, " + total.updated() + " updated, "
          + total.unchanged() + " unchanged) + " + total.rejected() + " rejected + " + total.failed() + " failed"
          + (total.pending() == 0 ? "" : " + " + total.pending() + " unsettled"));
      if (run.watermark() != null) {
        out.println("watermark (highest updated_at seen): " + run.watermark());
      }
      if (finished.out() != null) {
        out.println("reports in " + finished.out() + ": success.csv, errors.csv (" + total.failed()
            + "), rejected.csv (" + total.rejected() + ")");
      }
    }
    if (run.status() == RunStatus.INCOMPLETE) {
      err.println("ferry " + verb + ": some records got no clear answer from the destination; `ferry " + verb
          + " MAP` again settles and sends them");
      return ExitCode.INVALID;
    }
    return total.failed() > 0 ? ExitCode.INVALID : ExitCode.OK;
  }

  static String describe(RunRecord run) {
    return (run.mode() == RunMode.ROLLBACK ? "rollback " : run.mode().verb().equals("run") ? "run " : run.mode().verb()
        + " run ") + run.id();
  }

  private static String status(RunRecord run) {
    return run.status() == RunStatus.COMPLETED ? "completed" : "ended incomplete";
  }

  private static String seconds(Duration took) {
    return String.format("%.1fs", took.toMillis() / 1000.0);
  }
}
