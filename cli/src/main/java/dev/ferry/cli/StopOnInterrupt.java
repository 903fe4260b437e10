package dev.ferry.cli;

import dev.ferry.run.StopSignal;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a run: the run stops after the batch in flight, with every outcome journaled, and the
 * process waits for that (up to {@value #GRACE_SECONDS} s) before it exits. If it cannot wait, nothing is
 * lost either: the journal's last commit stands, and the next run settles what was in flight.
 */
final class StopOnInterrupt implements AutoCloseable {

  static final int GRACE_SECONDS = 30;

  private final StopSignal signal = new StopSignal();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  StopOnInterrupt(PrintWriter err) {
    this.hook = new Thread(() -> {
      signal.request();
      err.println();
      err.println("ferry: stopping after the batch in flight; what is done stays journaled");
      err.flush();
      try {
        finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ferry-stop-on-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  StopSignal signal() {
    return signal;
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it returns now that the run has finished
    }
  }
}
