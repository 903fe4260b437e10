package dev.ferry.tests.run;

import dev.ferry.freshsales.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock the client's waits move forward instead of sleeping through them: a throttled request's
 * Retry-After and a retry's backoff pass in a millisecond, and the pacing that reads the clock sees them
 * passed. For fault tests that count outcomes, not seconds.
 */
final class VirtualTime extends Clock implements Sleeper {

  private final AtomicLong waitedNanos = new AtomicLong();

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    waitedNanos.addAndGet(duration.toNanos());
    Thread.sleep(1);
  }

  Duration waited() {
    return Duration.ofNanos(waitedNanos.get());
  }

  @Override
  public Instant instant() {
    return Instant.now().plusNanos(waitedNanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
