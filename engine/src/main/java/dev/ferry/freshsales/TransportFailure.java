package dev.ferry.freshsales;

/**
 * A request that got no answer after the transport had done what it may: timed out, connection dropped, or
 * refused. {@code mayHaveApplied} is false only when the request provably never reached the server.
 */
final class TransportFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean mayHaveApplied;

  TransportFailure(String message, Throwable cause, boolean mayHaveApplied) {
    super(message, cause);
    this.mayHaveApplied = mayHaveApplied;
  }

  boolean mayHaveApplied() {
    return mayHaveApplied;
  }
}
