package dev.ferry.journal;

/**
 * Where a run stands. {@code RUNNING} in a journal no process holds means the run was interrupted;
 * {@code INCOMPLETE} means it ended with records it could not settle. Both resume with the run's verb.
 */
public enum RunStatus {
  RUNNING,
  INCOMPLETE,
  COMPLETED,
  ROLLED_BACK;

  public boolean finished() {
    return this == COMPLETED || this == ROLLED_BACK;
  }
}
