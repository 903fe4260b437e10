package dev.ferry.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Parser and name-resolution problems, each with its position. */
class ExpressionCheckerTest {

  private static final Set<String> COLUMNS = ExpressionFixtures.columns();

  private static String check(String expression) {
    return check(expression, COLUMNS);
  }

  private static String check(String expression, Set<String> columns) {
    return ExpressionChecker.check(expression, columns).stream()
      .map(ExpressionProblem::render)
      .collect(Collectors.joining("\n"));
  }

  @Test
  void acceptsTheBriefsExamples() {
    Set<String> columns = Set.of("sales_ready", "active_deals", "first_name", "last_name", "email", "phone");
    assertEquals("", check("sales_ready || active_deals > 0", columns));
    assertEquals("", check("first_name + ' ' + last_name", columns));
    assertEquals("", check("email != null || phone != null", columns));
  }

  @Test
  void malformedText() {
    assertEquals("column 1: expression is empty [expression-syntax]", check("   "));
    assertEquals("column 8: expression ends early; expected a value [expression-syntax]", check("email +"));
    assertEquals("column 7: expected ')' but found the end of the expression [expression-syntax]", check("(email"));
    assertEquals("column 12: expected ',' or ')' but found the end of the expression [expression-syntax]",
      check("lower(email"));
    assertEquals("column 6: expected ',' or ']' but found the end of the expression [expression-syntax]", check("[1, 2"));
    assertEquals("column 4: expected a value but found '*' [expression-syntax]", check("1 +* 2"));
    assertEquals("column 7: expected an operator or the end of the expression but found 'email' [expression-syntax]",
      check("email email"));
    assertEquals("column 19: expected ':' of condition ? a : b but found 'b' [expression-syntax]",
      check("sales_ready ? 'a' 'b'"));
    assertEquals("column 7: expected a method name after '.' but found '(' [expression-syntax]", check("email.()"));
  }

  @Test
  void literals() {
    assertEquals("column 1: text starting here is never closed; add the closing ' [expression-syntax]", check("'abc"));
    assertEquals("column 3: unknown escape \\q (allowed: \\\\ \\' \\\" \\n \\t \\r \\uXXXX) [expression-syntax]",
      check("'a\\qb'"));
    assertEquals("column 2: \\u must be followed by four hex digits [expression-syntax]", check("'\\u12'"));
    assertEquals("column 1: a leading zero is not allowed (MVEL reads 010 as octal) [expression-sandbox]", check("010"));
    assertEquals("column 3: number suffixes, hex and exponents (like 10L, 1.5B, 0x1F, 1e3) are not allowed; "
      + "write plain digits [expression-sandbox]", check("10L"));
    assertEquals("column 1: integer 99999999999999999999 is too large; write it as a decimal "
      + "(99999999999999999999.0) [expression-syntax]", check("99999999999999999999"));
    assertEquals("", check("'Zoë' == first_name"));
    assertEquals("", check("0.5 + 0"));
  }

  @Test
  void comparisonsDoNotChain() {
    assertEquals("column 18: comparisons cannot be chained; combine them with && or || [expression-syntax]",
      check("1 < active_deals < 5"));
    assertEquals("column 8: comparisons cannot be chained; combine them with && or || [expression-syntax]",
      check("1 == 1 == true"));
    assertEquals("", check("(1 < active_deals) == true"));
  }

  @Test
  void unknownVariablesAreAllReportedWithCloseMatches() {
    assertEquals("column 1: unknown variable 'emial'; did you mean 'email'? [expression-unknown-variable]",
      check("emial"));
    assertEquals("column 1: unknown variable 'Email'; did you mean 'email'? [expression-unknown-variable]",
      check("Email == 'x'"));
    assertEquals("column 1: unknown variable 'frist_name'; did you mean 'first_name'? [expression-unknown-variable]\n"
      + "column 20: unknown variable 'lsat_name'; did you mean 'last_name'? [expression-unknown-variable]",
      check("frist_name + ' ' + lsat_name"));
    assertEquals("column 1: unknown variable 'revenue': the record has no column of that name "
      + "[expression-unknown-variable]", check("revenue > 0"));
    assertEquals("column 1: 'today' is a function; call it as today(...) [expression-unknown-variable]",
      check("today > signup_date"));
  }

  @Test
  void problemsComeInSourceOrderUpToTheFirstConstructOutsideTheLanguage() {
    assertEquals("column 1: unknown variable 'emial'; did you mean 'email'? [expression-unknown-variable]\n"
      + "column 9: 'System' reaches outside the sandbox: an expression can use only the record's columns, "
      + "literals and Ferry's functions [expression-sandbox]", check("emial + System.exit(0) + lsat_name"));
  }

  @Test
  void functionsAreCheckedByNameAndArity() {
    assertEquals("column 1: unknown function 'lowr'; did you mean lower()? [expression-unknown-function]",
      check("lowr(email)"));
    assertEquals("column 1: unknown function 'email': 'email' is a column, not a function; Ferry's functions are "
      + "lower, upper, trim, blank, coalesce, concat, join, contains, startsWith, endsWith, size, number, text, "
      + "round, min, max, date, daysBetween, today [expression-unknown-function]", check("email(1)"));
    assertEquals("column 1: lower() takes 1 argument, got 2 [expression-arity]", check("lower(email, 1)"));
    assertEquals("column 1: coalesce() takes at least 1 argument, got 0 [expression-arity]", check("coalesce()"));
    assertEquals("column 1: round() takes 1 or 2 arguments, got 0 [expression-arity]", check("round()"));
    assertEquals("column 1: today() takes no arguments, got 1 [expression-arity]", check("today(1)"));
    assertEquals("column 7: substring() takes 1 or 2 arguments, got 0 [expression-arity]", check("email.substring()"));
    assertEquals("column 7: method toLowercase() is not allowed; did you mean toLowerCase()? [expression-sandbox]",
      check("email.toLowercase()"));
  }

  @Test
  void emptyIsOnlyForComparison() {
    assertEquals("", check("email == empty || empty != phone"));
    String onlyCompared = "'empty' can only be compared: x == empty or x != empty (or use blank(x)) [expression-sandbox]";
    assertEquals("column 1: " + onlyCompared, check("empty"));
    assertEquals("column 7: " + onlyCompared, check("lower(empty)"));
  }

  @Test
  void wordOperatorsPointAtTheFunctionOrSymbol() {
    assertEquals("column 13: 'and' is not an operator here; write && [expression-sandbox]",
      check("sales_ready and churned"));
    assertEquals("column 6: the 'contains' operator is not allowed; call contains(list, value) [expression-sandbox]",
      check("tags contains 'vip'"));
  }

  @Test
  void columnsShadowFunctionNamesButNotKeywords() {
    assertEquals("", check("size > 3 && size(tags) > 1", Set.of("size", "tags")));
    assertEquals("column 1: 'new' creates Java objects; it reaches outside the sandbox [expression-sandbox]",
      check("new", Set.of("new")));
    assertEquals("", check("Runtime > 0", Set.of("Runtime")));
  }

  @Test
  void multiLineExpressionsReportLineAndColumnWithinTheExpression() {
    List<ExpressionProblem> problems = ExpressionChecker.check("email != null &&\n  emial == 'x'", COLUMNS);
    assertEquals(1, problems.size());
    ExpressionProblem problem = problems.get(0);
    assertEquals(19, problem.offset());
    assertEquals(2, problem.line());
    assertEquals(3, problem.column());
    assertEquals("line 2, column 3: unknown variable 'emial'; did you mean 'email'? [expression-unknown-variable]",
      problem.render());
  }

  @Test
  void sizeIsBounded() {
    assertEquals("column 10001: expression is longer than 10000 characters [expression-syntax]",
      check("1" + " ".repeat(10_000)));
    assertEquals("column 101: expression nests more than 100 levels deep; split it up [expression-syntax]",
      check("(".repeat(101) + "1" + ")".repeat(101)));
    assertEquals("column 1: expression nests more than 100 levels deep; split it up [expression-syntax]",
      check("1" + " + 1".repeat(120)));
    assertEquals("", check("1" + " + 1".repeat(90)));
  }
}
