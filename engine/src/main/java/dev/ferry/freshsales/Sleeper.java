package dev.ferry.freshsales;

import java.time.Duration;

/** Waits. Injected so tests of pacing and backoff can record the waits instead of sleeping through them. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis());
      }
    };
  }
}
