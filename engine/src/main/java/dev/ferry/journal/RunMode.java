package dev.ferry.journal;

/**
 * What a run was for. A sample moves a few hundred records for sign-off; a full run moves the export; a
 * delta moves what changed since the last run; a rollback undoes runs.
 */
public enum RunMode {
  SAMPLE,
  FULL,
  DELTA,
  ROLLBACK;

  /** The verb that starts (and resumes) a run of this mode. */
  public String verb() {
    return switch (this) {
      case SAMPLE -> "sample";
      case FULL -> "run";
      case DELTA -> "delta";
      case ROLLBACK -> "rollback";
    };
  }

  /** Whether the run writes source records (as opposed to undoing writes). */
  public boolean writesRecords() {
    return this != ROLLBACK;
  }
}
