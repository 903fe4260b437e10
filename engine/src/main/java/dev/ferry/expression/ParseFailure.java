package dev.ferry.expression;

/** Stops parsing at the first syntax or sandbox problem; nothing after it could be trusted to mean anything. */
final class ParseFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int offset;
  final String code;

  ParseFailure(int offset, String code, String message) {
    super(message, null, false, false);
    this.offset = offset;
    this.code = code;
  }

  static ParseFailure syntax(int offset, String message) {
    return new ParseFailure(offset, ExpressionProblem.SYNTAX, message);
  }

  static ParseFailure sandbox(int offset, String message) {
    return new ParseFailure(offset, ExpressionProblem.SANDBOX, message);
  }
}
