package dev.ferry.sandbox;

import java.time.Clock;

/**
 * Counts API requests in fixed windows (the hour or minute starting on the clock's boundary) and refuses those
 * past the limit, reporting what the limit headers say.
 */
final class RateLimiter {
  /** The verdict on one request and the numbers the response's rate-limit headers carry. */
  record Admission(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {}

  private final RateLimit limit;
  private final Clock clock;
  private long windowStart = Long.MIN_VALUE;
  private int used;

  RateLimiter(RateLimit limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /** Counts the request if the window has room. */
  synchronized Admission admit() {
    long now = roll();
    if (used >= limit.requests()) {
      return admission(false, now);
    }
    used++;
    return admission(true, now);
  }

  /** The current numbers without counting a request: for responses a fault refused. */
  synchronized Admission peek() {
    return admission(false, roll());
  }

  private long roll() {
    long now = clock.millis();
    long windowMillis = limit.window().toMillis();
    long start = Math.floorDiv(now, windowMillis) * windowMillis;
    if (start != windowStart) {
      windowStart = start;
      used = 0;
    }
    return now;
  }

  private Admission admission(boolean allowed, long now) {
    long end = windowStart + limit.window().toMillis();
    long retryAfter = Math.max(1, (end - now + 999) / 1000);
    return new Admission(allowed, limit.requests(), limit.requests() - used, end / 1000, retryAfter);
  }
}
