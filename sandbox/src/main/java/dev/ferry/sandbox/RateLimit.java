package dev.ferry.sandbox;

import java.time.Duration;
import java.util.Locale;

/**
 * How many API requests the account may make per window. Freshsales counts requests per account per hour
 * (1,000 on the smaller plans); newer plans add a per-minute cap, so both windows are offered.
 */
public record RateLimit(int requests, Duration window) {

  public RateLimit {
    if (requests <= 0) {
      throw new IllegalArgumentException("a rate limit needs at least one request per window, got " + requests);
    }
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("a rate limit window must be positive");
    }
  }

  /** The real account's default. */
  public static RateLimit defaultHourly() {
    return perHour(1000);
  }

  public static RateLimit perHour(int requests) {
    return new RateLimit(requests, Duration.ofHours(1));
  }

  public static RateLimit perMinute(int requests) {
    return new RateLimit(requests, Duration.ofMinutes(1));
  }

  /** Parses {@code 1000/hour} or {@code 400/minute} (also {@code /h}, {@code /min}, {@code /m}). */
  public static RateLimit parse(String text) {
    String[] parts = text.trim().toLowerCase(Locale.ROOT).split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException("rate limit must look like N/hour or N/minute, got '" + text + "'");
    }
    int requests;
    try {
      requests = Integer.parseInt(parts[0].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("rate limit must start with a whole number, got '" + text + "'");
    }
    return switch (parts[1].trim()) {
      case "hour", "h", "hr" -> perHour(requests);
      case "minute", "min", "m" -> perMinute(requests);
      default -> throw new IllegalArgumentException("rate limit window must be hour or minute, got '" + text + "'");
    };
  }

  @Override
  public String toString() {
    return requests + "/" + (window.equals(Duration.ofHours(1)) ? "hour" : window.equals(Duration.ofMinutes(1)) ? "minute" : window);
  }
}
