package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.expression.ExpressionChecker;
import dev.ferry.expression.ExpressionProblem;
import dev.ferry.mapping.ExpressionText;
import dev.ferry.mapping.ObjectSpec;
import java.util.Set;

/**
 * Every expression parses, stays inside the sandbox's allow-list and reads only columns its object has.
 * Checking parses the text with Ferry's own parser: MVEL never sees it, so nothing is run or loaded.
 */
final class ExpressionRule implements SemanticRule {

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    for (ObjectSpec object : facts.map().objects()) {
      Set<String> variables = facts.columnNames(object);
      for (ExpressionText expression : ColumnUses.expressions(object)) {
        for (ExpressionProblem problem : ExpressionChecker.check(expression.source(), variables)) {
          diagnostics.error(problem.code(), expression.at(problem.offset()), problem.message());
        }
      }
    }
  }
}
