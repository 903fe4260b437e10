package dev.ferry.run;

/**
 * A request to stop at the next safe point (between batches, with every outcome journaled), e.g. from
 * Ctrl-C. A run that stops this way resumes like any other.
 */
public final class StopSignal {

  private volatile boolean requested;

  public void request() {
    requested = true;
  }

  public boolean requested() {
    return requested;
  }
}
