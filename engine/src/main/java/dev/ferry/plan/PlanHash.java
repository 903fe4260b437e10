package dev.ferry.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a compiled map: SHA-256 over the map's content (not its comments or layout) and the
 * language schema it was checked against. The journal records it with every run, the way Flyway records
 * a migration's checksum, so a run can tell that the map changed since the sample was signed off.
 */
public record PlanHash(String hex) {

  public static PlanHash of(String canonicalMap, String schemaText) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("ferry-plan-v1\n".getBytes(StandardCharsets.UTF_8));
      digest.update(schemaText.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(canonicalMap.getBytes(StandardCharsets.UTF_8));
      return new PlanHash(HexFormat.of().formatHex(digest.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The first 12 hex digits: enough to tell plans apart in logs and file names. */
  public String shortForm() {
    return hex.substring(0, 12);
  }

  @Override
  public String toString() {
    return "sha256:" + hex;
  }
}
