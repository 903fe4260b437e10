package dev.ferry.freshsales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  @Test
  void seconds_are_read_as_a_wait() {
    assertEquals(Duration.ofSeconds(17), RateLimitHeaders.retryAfter("17", NOW).orElseThrow());
  }

  @Test
  void an_http_date_is_read_as_the_time_to_wait_until() {
    assertEquals(Duration.ofSeconds(90),
        RateLimitHeaders.retryAfter("Sat, 01 Mar 2025 10:01:30 GMT", NOW).orElseThrow());
  }

  @Test
  void a_date_in_the_past_means_no_wait() {
    assertEquals(Duration.ZERO, RateLimitHeaders.retryAfter("Sat, 01 Mar 2025 09:00:00 GMT", NOW).orElseThrow());
  }

  @Test
  void garbage_or_absence_gives_nothing() {
    assertTrue(RateLimitHeaders.retryAfter("soon", NOW).isEmpty());
    assertTrue(RateLimitHeaders.retryAfter(null, NOW).isEmpty());
  }
}
