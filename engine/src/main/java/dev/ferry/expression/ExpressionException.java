package dev.ferry.expression;

import java.util.List;

/**
 * Carries problems out of {@link ExpressionCompiler#compile} (the expression was rejected) and out of
 * {@link CompiledExpression#evaluate} (one {@code expression-runtime} problem). The problems are the payload; the
 * exception is only the way they travel, so callers catch it and turn {@link #problems()} into diagnostics.
 */
public final class ExpressionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<ExpressionProblem> problems;

  ExpressionException(String source, List<ExpressionProblem> problems) {
    super(summary(source, problems), null, false, false);
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The expression as the analyst wrote it. */
  public String source() {
    return source;
  }

  public List<ExpressionProblem> problems() {
    return problems;
  }

  private static String summary(String source, List<ExpressionProblem> problems) {
    StringBuilder text = new StringBuilder("expression `").append(source).append('`');
    for (ExpressionProblem problem : problems) {
      text.append("\n  ").append(problem.render());
    }
    return text.toString();
  }
}
