package dev.ferry.expression;

import java.util.List;
import java.util.Set;

/**
 * What {@code ferry validate} uses: finds every problem in an expression without executing it and without handing
 * it to MVEL, so not even a class is loaded on the expression's behalf.
 */
public final class ExpressionChecker {

  private ExpressionChecker() {}

  /**
   * @param source the expression as written in the map
   * @param variables the column names the expression may read
   * @return the problems in source order; empty when the expression is allowed
   */
  public static List<ExpressionProblem> check(String source, Set<String> variables) {
    return Parser.parse(source, variables).problems();
  }

  /**
   * The columns an allowed expression reads, in order of first use; empty when it is not allowed. For checking an
   * export has what a map's expressions need, without compiling them.
   */
  public static List<String> columnsRead(String source, Set<String> variables) {
    Parser.Result parsed = Parser.parse(source, variables);
    return parsed.problems().isEmpty() ? parsed.columns() : List.of();
  }
}
