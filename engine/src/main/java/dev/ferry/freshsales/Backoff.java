package dev.ferry.freshsales;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with "equal jitter": the n-th wait lies in [d/2, d] for d = min(cap, base * 2^(n-1)).
 * Half fixed keeps retries from hammering a struggling server; half random keeps parallel clients from
 * retrying in lockstep.
 */
final class Backoff {
  private final Duration base;
  private final Duration cap;
  private final Random random;

  Backoff(Duration base, Duration cap, Random random) {
    this.base = base;
    this.cap = cap;
    this.random = random;
  }

  static Backoff standard(Random random) {
    return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), random);
  }

  /** The ceiling of the wait after failed attempt {@code attempt} (1-based). */
  Duration ceiling(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    long millis = base.toMillis() << doublings;
    return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
  }

  synchronized Duration delay(int attempt) {
    long ceiling = ceiling(attempt).toMillis();
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half)));
  }
}
