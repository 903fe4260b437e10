package dev.ferry.tests.freshsales;

import dev.ferry.freshsales.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records every wait instead of sleeping; moves a manual clock by it when given one. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new ArrayList<>();
  private final ManualClock clock;

  RecordingSleeper(ManualClock clock) {
    this.clock = clock;
  }

  RecordingSleeper() {
    this(null);
  }

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
    if (clock != null) {
      clock.advance(duration);
    }
  }

  /** The clock this sleeper moves, which the client must read too for its waits to line up. */
  java.util.Optional<ManualClock> clock() {
    return java.util.Optional.ofNullable(clock);
  }

  synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
