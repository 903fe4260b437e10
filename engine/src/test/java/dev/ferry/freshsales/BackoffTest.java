package dev.ferry.freshsales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new Random(7));

  @Test
  void ceilings_double_from_the_base_up_to_the_cap() {
    assertEquals(Duration.ofMillis(500), backoff.ceiling(1));
    assertEquals(Duration.ofMillis(1000), backoff.ceiling(2));
    assertEquals(Duration.ofMillis(4000), backoff.ceiling(4));
    assertEquals(Duration.ofSeconds(30), backoff.ceiling(7));
    assertEquals(Duration.ofSeconds(30), backoff.ceiling(200));
  }

  @Test
  void every_delay_lies_between_half_the_ceiling_and_the_ceiling() {
    for (int attempt = 1; attempt <= 10; attempt++) {
      long ceiling = backoff.ceiling(attempt).toMillis();
      for (int draw = 0; draw < 200; draw++) {
        long delay = backoff.delay(attempt).toMillis();
        assertTrue(delay >= ceiling / 2 && delay <= ceiling, "attempt " + attempt + " delay " + delay);
      }
    }
  }

  @Test
  void delays_are_jittered_not_constant() {
    Set<Long> seen = new HashSet<>();
    for (int draw = 0; draw < 50; draw++) {
      seen.add(backoff.delay(5).toMillis());
    }
    assertTrue(seen.size() > 10, "expected spread, saw " + seen);
  }

  @Test
  void the_same_seed_gives_the_same_delays() {
    Backoff a = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new Random(99));
    Backoff b = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new Random(99));
    for (int attempt = 1; attempt < 8; attempt++) {
      assertEquals(a.delay(attempt), b.delay(attempt));
    }
  }
}
