package dev.ferry.run;

import dev.ferry.journal.Tally;

/** What a run reports as it goes; the launcher prints it as progress lines. */
public interface RunListener {

  /** Something the user should know: a resumed run, a settled write, a probe's cost. */
  void notice(String message);

  /** An object's records are about to be sent: {@code toSend} of {@code transformed} need a write. */
  void objectStarted(String object, long toSend, long transformed);

  /** {@code sent} of {@code toSend} have an outcome. */
  void progress(String object, long sent, long toSend);

  void objectFinished(String object, Tally tally);

  static RunListener silent() {
    return new RunListener() {
      @Override
      public void notice(String message) {}

      @Override
      public void objectStarted(String object, long toSend, long transformed) {}

      @Override
      public void progress(String object, long sent, long toSend) {}

      @Override
      public void objectFinished(String object, Tally tally) {}
    };
  }
}
