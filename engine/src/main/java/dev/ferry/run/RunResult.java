package dev.ferry.run;

import dev.ferry.journal.RunRecord;
import java.nio.file.Path;
import java.util.List;

/** How a run (or rollback) command ended. */
public sealed interface RunResult {

  /** Why a run would not start; nothing was written. */
  enum Refusal {
    /** The map cannot run as it is (e.g. an object without {@code identify_by}, an unknown fallback owner). */
    MAP,
    /** The destination lacks custom fields the map writes. */
    MISSING_FIELDS,
    /** The map changed since the unfinished run started. */
    PLAN_CHANGED,
    /** Another run must be resumed or rolled back first, or there is nothing to do. */
    JOURNAL_STATE
  }

  /** Nothing was written; {@code details} are the lines to act on (e.g. the fields to create). */
  record Refused(Refusal why, String message, List<String> details) implements RunResult {
    public Refused {
      details = List.copyOf(details);
    }
  }

  /** The run ended: completed, or incomplete when some records could not be settled. */
  record Finished(RunRecord run, Path out) implements RunResult {}

  /** The run stopped part-way (Ctrl-C, or the destination failed); running the same command resumes it. */
  record Stopped(RunRecord run, Path out, String reason) implements RunResult {}
}
