package dev.ferry.freshsales;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Paces requests from what the limit headers last said. While plenty of the window is left it adds no delay;
 * below a fifth of the limit it spreads the rest evenly over the time to the reset; with only the requests
 * that may already be in flight left ({@code reserve}), it waits for the reset. A 429 blocks every request
 * until the time the server named.
 */
final class RateGovernor {
  private final Clock clock;
  private final int reserve;
  private RateLimitHeaders last;
  private Instant blockedUntil = Instant.MIN;

  RateGovernor(Clock clock, int reserve) {
    this.clock = clock;
    this.reserve = Math.max(0, reserve);
  }

  synchronized void observe(RateLimitHeaders headers) {
    if (headers.remaining().isPresent()) {
      last = headers;
    }
  }

  synchronized void blockUntil(Instant until) {
    if (until.isAfter(blockedUntil)) {
      blockedUntil = until;
    }
  }

  /** How long to wait before sending the next request. */
  synchronized Duration delayBeforeNextRequest() {
    Instant now = clock.instant();
    if (now.isBefore(blockedUntil)) {
      return Duration.between(now, blockedUntil);
    }
    if (last == null || last.resetAt().isEmpty() || !now.isBefore(last.resetAt().get())) {
      return Duration.ZERO;
    }
    Duration untilReset = Duration.between(now, last.resetAt().get());
    int remaining = last.remaining().getAsInt();
    if (remaining <= reserve) {
      return untilReset;
    }
    int limit = last.limit().orElse(Integer.MAX_VALUE);
    if (remaining < limit / 5) {
      return untilReset.dividedBy(remaining - reserve);
    }
    return Duration.ZERO;
  }
}
