package dev.ferry.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every escape attempt in escape-attempts/catalogue.yaml is rejected, with approved messages, and never runs. */
class EscapeCorpusTest {

  private static final List<Map<String, Object>> CASES = Catalogue.load("/expression/escape-attempts/catalogue.yaml");
  private static final Set<String> COLUMNS = ExpressionFixtures.columns();

  @TempDir
  Path tmp;

  @Test
  void hasAtLeastThirtyAttempts() {
    assertTrue(CASES.size() >= 30, "only " + CASES.size() + " attempts");
  }

  @Test
  void rejectsEveryAttemptWithApprovedMessages() {
    StringBuilder rendered = new StringBuilder();
    for (Map<String, Object> attempt : CASES) {
      String expression = (String) attempt.get("expr");
      List<ExpressionProblem> problems = ExpressionChecker.check(expression, COLUMNS);
      assertFalse(problems.isEmpty(), "accepted: " + expression);
      assertEquals(attempt.get("code"), problems.get(0).code(), expression);
      rendered.append(expression.replace("\n", "\\n")).append('\n');
      problems.forEach(p -> rendered.append("  ").append(p.render()).append('\n'));
    }
    Approvals.verify(rendered.toString(), new Options().withReporter(new QuietReporter()));
  }

  @Test
  void neitherCheckingNorCompilingRunsAnyAttempt() throws IOException {
    String property = "ferry.escape." + UUID.randomUUID();
    for (Map<String, Object> attempt : CASES) {
      String expression = ((String) attempt.get("expr"))
        .replace("${tmp}", tmp.toString().replace("\\", "/"))
        .replace("${prop}", property);
      List<ExpressionProblem> checked = ExpressionChecker.check(expression, COLUMNS);
      ExpressionException rejected = assertThrows(ExpressionException.class,
        () -> ExpressionFixtures.COMPILER.compile(expression, COLUMNS), expression);
      assertEquals(checked, rejected.problems(), expression);
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals("", left.map(Path::toString).collect(Collectors.joining(", ")), "files created");
    }
    assertNull(System.getProperty(property), "system property set");
    assertNull(System.getProperty(EscapeCanary.LOADED), "MVEL was shown a class name and loaded it");
  }
}
