package dev.ferry.freshsales;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What one response said about the rate limit. Freshworks documents the 429 and, for its products, the
 * {@code X-RateLimit-*} headers; which of {@code -Limit} or {@code -Total} a given product sends varies, so
 * both are read. {@code X-RateLimit-Reset} is read as epoch seconds when it is that large, else as seconds
 * from now. {@code Retry-After} is seconds or an HTTP date.
 */
record RateLimitHeaders(OptionalInt limit, OptionalInt remaining, Optional<Instant> resetAt,
    Optional<Duration> retryAfter) {

  private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

  static RateLimitHeaders parse(Function<String, String> header, Instant now) {
    OptionalInt limit = integer(header.apply("X-RateLimit-Limit"));
    if (limit.isEmpty()) {
      limit = integer(header.apply("X-RateLimit-Total"));
    }
    return new RateLimitHeaders(limit, integer(header.apply("X-RateLimit-Remaining")),
        reset(header.apply("X-RateLimit-Reset"), now), retryAfter(header.apply("Retry-After"), now));
  }

  static Optional<Duration> retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    try {
      long seconds = Long.parseLong(text);
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static Optional<Instant> reset(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      long number = (long) Double.parseDouble(value.trim());
      return Optional.of(number >= EPOCH_SECONDS_THRESHOLD ? Instant.ofEpochSecond(number) : now.plusSeconds(number));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static OptionalInt integer(String value) {
    if (value == null || value.isBlank()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
