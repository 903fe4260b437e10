package dev.ferry.expression;

/**
 * One thing wrong with an expression, located inside the expression string.
 *
 * <p>{@code offset} is the 0-based index into the expression string (UTF-16 units, as {@link String#charAt}); {@code line}
 * and {@code column} are 1-based and count lines inside the expression, for multi-line YAML scalars. A caller that knows
 * where a single-line scalar starts in its file adds {@code offset} to that column.
 *
 * @param code one of {@code expression-syntax}, {@code expression-sandbox}, {@code expression-unknown-variable},
 *     {@code expression-unknown-function}, {@code expression-arity}, {@code expression-runtime}
 */
public record ExpressionProblem(int offset, int line, int column, String code, String message) {

  public static final String SYNTAX = "expression-syntax";
  public static final String SANDBOX = "expression-sandbox";
  public static final String UNKNOWN_VARIABLE = "expression-unknown-variable";
  public static final String UNKNOWN_FUNCTION = "expression-unknown-function";
  public static final String ARITY = "expression-arity";
  public static final String RUNTIME = "expression-runtime";

  static ExpressionProblem at(String source, int offset, String code, String message) {
    int clamped = Math.max(0, Math.min(offset, source.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < clamped; i++) {
      if (source.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new ExpressionProblem(clamped, line, clamped - lineStart + 1, code, message);
  }

  /** {@code column 12: message [code]}, the form the tests approve and the CLI can prefix with a file position. */
  public String render() {
    String where = line == 1 ? "column " + column : "line " + line + ", column " + column;
    return where + ": " + message + " [" + code + "]";
  }
}
