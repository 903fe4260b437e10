package dev.ferry.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every expression in valid/catalogue.yaml is accepted and evaluates to its pinned result or runtime error. */
class ValidCorpusTest {

  private static final List<Map<String, Object>> CASES = Catalogue.load("/expression/valid/catalogue.yaml");

  @Test
  void everyCaseIsAcceptedAndEvaluatesAsPinned() {
    List<String> wrong = new ArrayList<>();
    for (Map<String, Object> entry : CASES) {
      String expression = (String) entry.get("expr");
      List<ExpressionProblem> problems = ExpressionChecker.check(expression, ExpressionFixtures.columns());
      if (!problems.isEmpty()) {
        wrong.add(expression + "\n  rejected: " + problems);
        continue;
      }
      String actual = outcome(expression);
      Object expected = entry.containsKey("error") ? "error: " + entry.get("error") : entry.get("result");
      if (!actual.equals(expected)) {
        wrong.add("- expr: |-\n    " + expression + "\n  " + actual.replaceFirst("^(?!error: )", "result: ")
          + "\n  (pinned: " + expected + ")");
      }
    }
    assertEquals("", String.join("\n", wrong));
  }

  /**
   * MVEL evaluates reflectively at first and, once an expression has run often enough, through accessor classes its
   * JIT writes; both paths must give the pinned answers.
   */
  @Test
  void evaluatesTheSameAfterMvelHasOptimisedTheExpression() {
    List<String> drifted = new ArrayList<>();
    for (Map<String, Object> entry : CASES) {
      String expression = (String) entry.get("expr");
      CompiledExpression compiled = ExpressionFixtures.COMPILER.compile(expression, ExpressionFixtures.columns());
      String first = outcome(compiled);
      for (int i = 0; i < 300; i++) {
        String again = outcome(compiled);
        if (!again.equals(first)) {
          drifted.add(expression + " gave " + first + ", then on run " + (i + 2) + ": " + again);
          break;
        }
      }
    }
    assertEquals("", String.join("\n", drifted));
  }

  @Test
  void coversEnoughGround() {
    assertTrue(CASES.size() >= 100, "only " + CASES.size() + " cases");
  }

  private static String outcome(String expression) {
    return outcome(ExpressionFixtures.COMPILER.compile(expression, ExpressionFixtures.columns()));
  }

  private static String outcome(CompiledExpression compiled) {
    String expression = compiled.source();
    try {
      return ExpressionFixtures.render(compiled.evaluate(ExpressionFixtures.record()));
    } catch (ExpressionException e) {
      assertEquals(1, e.problems().size(), expression);
      assertEquals(ExpressionProblem.RUNTIME, e.problems().get(0).code(), expression);
      return "error: " + e.problems().get(0).render();
    }
  }
}
