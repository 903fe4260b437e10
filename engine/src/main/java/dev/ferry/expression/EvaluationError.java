package dev.ferry.expression;

/**
 * Thrown by {@link Operators}, {@link Functions} and {@link Methods} when a value does not fit; {@code offset} is
 * where the failing operator or call sits in the analyst's expression. {@link CompiledExpression} digs it out of
 * MVEL's wrapping and turns it into an {@code expression-runtime} problem.
 */
final class EvaluationError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int offset;

  EvaluationError(int offset, String message) {
    // No stack trace: this is a data error in a record, raised per record, and the trace would only show MVEL.
    super(message, null, false, false);
    this.offset = offset;
  }
}
