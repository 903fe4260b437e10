package dev.ferry.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The compiler and compiled-expression API, and what MVEL is allowed to see. */
class ExpressionCompilerTest {

  private static final Set<String> COLUMNS = ExpressionFixtures.columns();

  private static CompiledExpression compile(String expression) {
    return ExpressionFixtures.COMPILER.compile(expression, COLUMNS);
  }

  @Test
  void rejectsWithTheCheckersProblems() {
    String expression = "emial + lowr(x)";
    ExpressionException rejected = assertThrows(ExpressionException.class, () -> compile(expression));
    assertEquals(ExpressionChecker.check(expression, COLUMNS), rejected.problems());
    assertEquals(expression, rejected.source());
    assertEquals(3, rejected.problems().size());
  }

  @Test
  void evaluateBooleanTreatsNullAsFalseAndRefusesOtherValues() {
    assertTrue(compile("sales_ready").evaluateBoolean(ExpressionFixtures.record()));
    assertFalse(compile("phone").evaluateBoolean(ExpressionFixtures.record()));
    assertFalse(compile("null").evaluateBoolean(ExpressionFixtures.record()));
    ExpressionException failure = assertThrows(ExpressionException.class,
      () -> compile("  email").evaluateBoolean(ExpressionFixtures.record()));
    assertEquals("column 3: a condition must be true or false, got text 'ann@example.com' [expression-runtime]",
      failure.problems().get(0).render());
  }

  @Test
  void compileOnceEvaluateForManyRecords() {
    CompiledExpression rule = compile("sales_ready || active_deals > 0");
    int routed = 0;
    Map<String, Object> record = new HashMap<>();
    for (long i = 0; i < 10_000; i++) {
      record.put("sales_ready", i % 3 == 0 ? Boolean.TRUE : i % 3 == 1 ? Boolean.FALSE : null);
      record.put("active_deals", i % 5 == 0 ? null : i % 4);
      boolean expected = i % 3 == 0 || i % 5 != 0 && i % 4 > 0;
      assertEquals(expected, rule.evaluateBoolean(record), "record " + i);
      routed += expected ? 1 : 0;
    }
    assertTrue(routed > 0);
  }

  @Test
  void callerTypesAreWidenedAndMissingColumnsAreNull() {
    Map<String, Object> record = new HashMap<>();
    record.put("active_deals", 3);
    record.put("engagement_score", 0.1d);
    assertEquals(4L, compile("active_deals + 1").evaluate(record));
    assertEquals(new BigDecimal("0.3"), compile("engagement_score + 0.2").evaluate(record));
    assertEquals(Boolean.TRUE, compile("email == null").evaluate(Map.of()));
  }

  @Test
  void reportsTheColumnsItReadsInOrderOfFirstUse() {
    assertEquals(List.of("last_name", "first_name"), compile("coalesce(last_name, first_name, last_name)").variables());
  }

  @Test
  void runtimeErrorsSayWhatAndWhereWithoutMvelInternals() {
    ExpressionException failure = assertThrows(ExpressionException.class,
      () -> compile("active_deals + 1 / 0").evaluate(ExpressionFixtures.record()));
    ExpressionProblem problem = failure.problems().get(0);
    assertEquals(ExpressionProblem.RUNTIME, problem.code());
    assertEquals(17, problem.offset());
    assertEquals("division by zero: number 1 / number 0", problem.message());
    assertFalse(failure.getMessage().contains("mvel"), failure.getMessage());
  }

  @Test
  void todayReadsTheInjectedClockInItsZone() {
    Instant instant = Instant.parse("2025-01-15T20:00:00Z");
    ExpressionCompiler kiritimati = new ExpressionCompiler(Clock.fixed(instant, ZoneId.of("Pacific/Kiritimati")));
    assertEquals(LocalDate.of(2025, 1, 16), kiritimati.compile("today()", Set.of()).evaluate(Map.of()));
    ExpressionCompiler utc = new ExpressionCompiler(Clock.fixed(instant, ZoneId.of("UTC")));
    assertEquals(LocalDate.of(2025, 1, 15), utc.compile("today()", Set.of()).evaluate(Map.of()));
  }

  @Test
  void theGeneratedMvelNamesOnlyFerrysOwnThings() {
    Pattern strings = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'");
    Pattern names = Pattern.compile("(?<![0-9A-Za-z_])[A-Za-z_][A-Za-z0-9_]*");
    Pattern allowed = Pattern.compile("_v\\d+|_c\\d+|_today|[ofm]_[A-Za-z]+_\\d+|true|false|null");
    for (Map<String, Object> entry : Catalogue.load("/expression/valid/catalogue.yaml")) {
      String mvel = compile((String) entry.get("expr")).mvel();
      Matcher name = names.matcher(strings.matcher(mvel).replaceAll("''"));
      while (name.find()) {
        assertTrue(allowed.matcher(name.group()).matches(), name.group() + " in " + mvel);
      }
    }
  }

  @Test
  void mvelSeesOnlyTheDeclaredVariables() {
    RecordVariables variables = new RecordVariables(List.of("email"), List.of(), Map.of("email", "a", "secret", "s"),
      ExpressionFixtures.CLOCK);
    assertEquals("a", variables.getVariableResolver("_v0").getValue());
    assertFalse(variables.isResolveable("email"));
    assertFalse(variables.isResolveable("secret"));
    assertFalse(variables.isResolveable("_v1"));
    assertThrows(IllegalStateException.class, () -> variables.getVariableResolver("secret"));
    assertThrows(IllegalStateException.class, () -> variables.createVariable("_v0", "b"));
    assertThrows(IllegalStateException.class, () -> variables.getVariableResolver("_v0").setValue("b"));
  }

  @Test
  void aCompiledExpressionIsSharedSafelyBetweenThreads() throws Exception {
    CompiledExpression expression = compile("concat(first_name, '-', text(active_deals * 2))");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        String name = "t" + thread;
        results.add(pool.submit(() -> {
          int wrong = 0;
          for (long i = 0; i < 5_000; i++) {
            Map<String, Object> record = new HashMap<>();
            record.put("first_name", name);
            record.put("active_deals", i);
            wrong += expression.evaluate(record).equals(name + "-" + (i * 2)) ? 0 : 1;
          }
          return wrong;
        }));
      }
      for (Future<Integer> result : results) {
        assertEquals(0, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
