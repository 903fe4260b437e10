package dev.ferry.cli;

import dev.ferry.journal.Journal;
import dev.ferry.journal.JournalLock;
import dev.ferry.journal.LockHolder;
import dev.ferry.journal.OwnerOnly;
import dev.ferry.journal.RunMode;
import dev.ferry.journal.RunRecord;
import dev.ferry.journal.RunStatus;
import dev.ferry.journal.Tally;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ferry status}: the runs in the journal, their counts, what is pending, and the watermark. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Shows the journal: each run with its mode, status, counts and plan, writes still pending, the"
        + " delta watermark, and what to do next.")
final class StatusCommand extends Verb {

  @Mixin
  JournalArgs args;


  @Override
  public Integer call() throws IOException {
    PrintWriter out = out();
    PrintWriter err = err();
    Path file = args.journalFile();
    if (!Files.exists(file)) {
      out.println("no journal at " + file + ": nothing has run with this map yet (`ferry run MAP` starts)");
      return ExitCode.OK;
    }
    Optional<LockHolder> holder = JournalLock.holderOf(file);
    Optional<Journal> opened = JournalOption.open(file, "status", "ferry status " + args.map, err);
    if (opened.isEmpty()) {
      holder.ifPresent(h -> err.println("  status can read the journal once that run ends or stops"));
      return ExitCode.USAGE;
    }
    try (Journal open = opened.get()) {
      print(open, out);
    }
    return ExitCode.OK;
  }

  private static void print(Journal journal, PrintWriter out) {
    out.println("journal " + journal.file() + (OwnerOnly.supported() ? " (owner-only)" : ""));
    List<RunRecord> runs = journal.runs();
    if (runs.isEmpty()) {
      out.println("no runs yet");
      return;
    }
    out.println(String.format("%4s  %-8s  %-11s  %-20s  %-20s  %-12s  %s", "run", "mode", "status", "started",
        "ended", "plan", "counts"));
    for (RunRecord run : runs) {
      Tally total = run.total();
      String counts = run.mode() == RunMode.ROLLBACK
          ? "undid " + run.rollsBack() + ": " + total.deleted() + " deleted, " + total.restored() + " restored, "
              + total.failed() + " failed"
          : total.read() + " read, " + total.created() + " created, " + total.updated() + " updated, "
              + total.unchanged() + " unchanged, " + total.rejected() + " rejected, " + total.failed() + " failed";
      out.println(String.format("%4d  %-8s  %-11s  %-20s  %-20s  %-12s  %s", run.id(), run.mode().verb(),
          status(run), seconds(run.startedAt()), run.endedAt() == null ? "-" : seconds(run.endedAt()),
          run.planHash() == null ? "-" : run.planHash().substring(0, 12), counts));
      if (run.rolledBackBy() != null) {
        out.println("        rolled back by run " + run.rolledBackBy());
      }
    }
    out.println("pending writes (journaled, outcome unknown): " + journal.pendingCount());
    out.println("records in the id map: " + journal.idCount());
    runs.stream().filter(r -> (r.mode() == RunMode.FULL || r.mode() == RunMode.DELTA) && r.status() == RunStatus.COMPLETED)
        .max(Comparator.comparingInt(RunRecord::id))
        .ifPresentOrElse(base -> out.println("watermark: " + (base.watermark() == null ? "none (no updated_at tracked)"
            : base.watermark() + " (run " + base.id() + "); `ferry delta MAP` moves what changed after it")),
            () -> out.println("watermark: none yet (a completed run sets it)"));
    journal.unfinishedRun().ifPresent(run -> out.println("run " + run.id() + " (" + run.mode().verb()
        + ") did not finish: `ferry " + run.mode().verb() + " MAP` resumes it"
        + (run.mode() == RunMode.ROLLBACK ? "" : "; `ferry rollback MAP` undoes it")));
  }

  private static String status(RunRecord run) {
    if (run.status() == RunStatus.RUNNING) {
      return "interrupted";
    }
    return run.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String seconds(java.time.Instant at) {
    return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }
}
