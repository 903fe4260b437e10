package dev.ferry.freshsales;

import java.util.Objects;

/**
 * The account's API key. It prints as {@code (redacted)} everywhere; only the transport reads it, to build the
 * {@code Authorization} header.
 */
public final class ApiKey {
  private final String value;

  private ApiKey(String value) {
    this.value = value;
  }

  public static ApiKey of(String value) {
    Objects.requireNonNull(value, "API key");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the Freshsales API key is empty");
    }
    return new ApiKey(value.trim());
  }

  /** Package-private on purpose: nothing outside the transport has a reason to see the key. */
  String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKey key && key.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "(redacted)";
  }
}
