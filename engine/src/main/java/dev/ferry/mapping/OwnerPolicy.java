package dev.ferry.mapping;

import dev.ferry.diagnostic.Location;

/**
 * How records get their destination owner: source owners are matched to destination users by email;
 * blank owners go to the fallback; unmatched ones go to the fallback or are rejected.
 */
public record OwnerPolicy(String match, String fallback, Unmatched unmatched, Location location) {

  /** What happens to a record whose owner has no destination user. */
  public enum Unmatched {
    FALLBACK,
    BLOCK
  }
}
