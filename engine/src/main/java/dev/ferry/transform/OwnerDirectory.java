package dev.ferry.transform;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The destination's users by email, matched ignoring case and surrounding spaces, and the fallback
 * owner, who must be one of them: no record lands without an owner.
 */
public final class OwnerDirectory {

  private final Map<String, String> idByEmail;
  private final String fallbackEmail;
  private final String fallbackId;

  private OwnerDirectory(Map<String, String> idByEmail, String fallbackEmail, String fallbackId) {
    this.idByEmail = idByEmail;
    this.fallbackEmail = fallbackEmail;
    this.fallbackId = fallbackId;
  }

  /**
   * @param users destination user email to user id
   * @throws IllegalArgumentException when the fallback owner is not among the users, naming them
   */
  public static OwnerDirectory of(Map<String, String> users, String fallbackEmail) {
    Map<String, String> byEmail = new HashMap<>();
    users.forEach((email, id) -> byEmail.put(normalise(email), id));
    String fallbackId = byEmail.get(normalise(fallbackEmail));
    if (fallbackId == null) {
      throw new IllegalArgumentException("the fallback owner " + fallbackEmail
          + " is not a user in the destination (users: " + String.join(", ", new java.util.TreeSet<>(users.keySet()))
          + "); add the user in Freshsales or change owners.fallback in the map");
    }
    return new OwnerDirectory(Map.copyOf(byEmail), fallbackEmail, fallbackId);
  }

  public Optional<String> userId(String email) {
    return Optional.ofNullable(idByEmail.get(normalise(email)));
  }

  public String fallbackId() {
    return fallbackId;
  }

  public String fallbackEmail() {
    return fallbackEmail;
  }

  private static String normalise(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
