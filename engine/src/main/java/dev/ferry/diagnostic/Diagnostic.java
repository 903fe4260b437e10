package dev.ferry.diagnostic;

/**
 * One problem: where it is, how bad, a stable code (an API: tools and tests match on it) and a message
 * that says what is wrong and, where it can, what to do about it.
 */
public record Diagnostic(Severity severity, String code, String message, Location location) {

  public static Diagnostic error(String code, Location location, String message) {
    return new Diagnostic(Severity.ERROR, code, message, location);
  }

  public static Diagnostic warning(String code, Location location, String message) {
    return new Diagnostic(Severity.WARNING, code, message, location);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
