package dev.ferry.freshsales;

/**
 * A failure of the connection to the account as a whole, not of one record: the key was refused, the service
 * could not be reached, or it answered something the client does not understand. Messages name the base URL,
 * never the key.
 */
public final class FreshsalesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The closed set of account-level failures. */
  public enum Problem {
    AUTH_REFUSED,
    UNREACHABLE,
    UNEXPECTED_ANSWER,
    INTERRUPTED
  }

  private final Problem problem;

  public FreshsalesException(Problem problem, String message) {
    super(message);
    this.problem = problem;
  }

  public FreshsalesException(Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
