package dev.ferry.diagnostic;

/** How bad a problem is: errors make a map invalid, warnings are printed but do not fail validation. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
