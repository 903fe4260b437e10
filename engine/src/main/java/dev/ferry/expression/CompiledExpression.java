package dev.ferry.expression;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvel2.MVEL;

/**
 * A checked expression compiled once by MVEL, to be evaluated for many records. Immutable and shareable between
 * threads; each evaluation gets its own view of the record.
 */
public final class CompiledExpression {

  private final String source;
  private final String mvel;
  private final Serializable compiled;
  private final List<String> columns;
  private final List<BigDecimal> constants;
  private final Clock clock;
  private final int start;

  CompiledExpression(String source, MvelTranslator.Translation translation, Serializable compiled,
             List<String> columns, Clock clock, int start) {
    this.source = source;
    this.mvel = translation.mvel();
    this.constants = translation.constants();
    this.compiled = compiled;
    this.columns = columns;
    this.clock = clock;
    this.start = start;
  }

  /** The expression as the analyst wrote it. */
  public String source() {
    return source;
  }

  /** The columns the expression reads, in order of first use: what a record must carry for it. */
  public List<String> variables() {
    return columns;
  }

  /**
   * Evaluates against one record: column name to value (String, Long, BigDecimal, Boolean, LocalDate,
   * OffsetDateTime, List, or null for blank; Integer and Double are widened). A column missing from the map is null.
   *
   * @return a value of the same kinds
   * @throws ExpressionException with one {@code expression-runtime} problem, e.g. a division by zero
   */
  public Object evaluate(Map<String, ?> record) {
    Objects.requireNonNull(record, "record");
    try {
      return MVEL.executeExpression(compiled, new RecordVariables(columns, constants, record, clock));
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(e);
    }
  }

  /** Evaluates a condition: null counts as false, anything other than true, false or null is an error. */
  public boolean evaluateBoolean(Map<String, ?> record) {
    Object value = evaluate(record);
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    throw new ExpressionException(source, List.of(ExpressionProblem.at(source, start, ExpressionProblem.RUNTIME,
      "a condition must be true or false, got " + Values.describe(value))));
  }

  /** The MVEL source Ferry generated, for tests and for anyone debugging a translation. */
  String mvel() {
    return mvel;
  }

  private ExpressionException failure(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = next(cause)) {
      if (cause instanceof EvaluationError error) {
        return new ExpressionException(source, List.of(
          ExpressionProblem.at(source, error.offset, ExpressionProblem.RUNTIME, error.getMessage())));
      }
    }
    // Not Ferry's own error, so a gap in Ferry's operators; say what failed without MVEL's internals.
    Throwable root = thrown;
    while (next(root) != null) {
      root = next(root);
    }
    return new ExpressionException(source, List.of(ExpressionProblem.at(source, start, ExpressionProblem.RUNTIME,
      "evaluation failed: " + root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage())))));
  }

  private static Throwable next(Throwable t) {
    Throwable cause = t instanceof InvocationTargetException ite ? ite.getTargetException() : t.getCause();
    return cause == t ? null : cause;
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
