package dev.ferry.freshsales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateGovernorTest {
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  private static RateLimitHeaders headers(String limit, String remaining, String reset) {
    Map<String, String> values = Map.of("X-RateLimit-Limit", limit, "X-RateLimit-Remaining", remaining,
        "X-RateLimit-Reset", reset);
    return RateLimitHeaders.parse(values::get, NOW);
  }

  @Test
  void no_headers_seen_means_no_delay() {
    assertEquals(Duration.ZERO, new RateGovernor(clock, 4).delayBeforeNextRequest());
  }

  @Test
  void plenty_left_means_no_delay() {
    RateGovernor governor = new RateGovernor(clock, 4);
    governor.observe(headers("1000", "900", String.valueOf(NOW.plusSeconds(1800).getEpochSecond())));
    assertEquals(Duration.ZERO, governor.delayBeforeNextRequest());
  }

  @Test
  void below_a_fifth_left_spreads_the_rest_over_the_window() {
    RateGovernor governor = new RateGovernor(clock, 4);
    governor.observe(headers("1000", "104", String.valueOf(NOW.plusSeconds(1000).getEpochSecond())));
    assertEquals(Duration.ofSeconds(10), governor.delayBeforeNextRequest());
  }

  @Test
  void only_the_in_flight_reserve_left_waits_for_the_reset() {
    RateGovernor governor = new RateGovernor(clock, 4);
    governor.observe(headers("1000", "4", String.valueOf(NOW.plusSeconds(600).getEpochSecond())));
    assertEquals(Duration.ofSeconds(600), governor.delayBeforeNextRequest());
  }

  @Test
  void a_small_reset_value_counts_as_seconds_from_now() {
    RateGovernor governor = new RateGovernor(clock, 1);
    governor.observe(headers("400", "0", "42"));
    assertEquals(Duration.ofSeconds(42), governor.delayBeforeNextRequest());
  }

  @Test
  void a_window_that_has_already_reset_adds_no_delay() {
    RateGovernor governor = new RateGovernor(clock, 1);
    governor.observe(headers("1000", "0", String.valueOf(NOW.minusSeconds(1).getEpochSecond())));
    assertEquals(Duration.ZERO, governor.delayBeforeNextRequest());
  }

  @Test
  void a_429_blocks_until_the_time_the_server_named() {
    RateGovernor governor = new RateGovernor(clock, 1);
    governor.blockUntil(NOW.plusSeconds(30));
    assertEquals(Duration.ofSeconds(30), governor.delayBeforeNextRequest());
  }

  @Test
  void the_total_header_is_read_when_limit_is_absent() {
    Map<String, String> values = Map.of("X-RateLimit-Total", "700", "X-RateLimit-Remaining", "699");
    RateLimitHeaders parsed = RateLimitHeaders.parse(values::get, NOW);
    assertEquals(700, parsed.limit().getAsInt());
    assertEquals(699, parsed.remaining().getAsInt());
  }
}
