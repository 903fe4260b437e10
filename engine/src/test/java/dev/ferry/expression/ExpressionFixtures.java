package dev.ferry.expression;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The record the tests, the corpus files and the examples in dsl-spec/expressions.md evaluate against. */
final class ExpressionFixtures {

  /** today() in every test: 2025-01-15 (UTC). */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC);

  static final ExpressionCompiler COMPILER = new ExpressionCompiler(CLOCK);

  private ExpressionFixtures() {}

  static Map<String, Object> record() {
    Map<String, Object> record = new HashMap<>();
    record.put("first_name", "Ann");
    record.put("last_name", null);
    record.put("email", "ann@example.com");
    record.put("phone", null);
    record.put("country", "de");
    record.put("status", "Won");
    record.put("tags", List.of("vip", "emea"));
    record.put("no_tags", List.of());
    record.put("engagement_score", new BigDecimal("7.5"));
    record.put("active_deals", 3L);
    record.put("deal_value", new BigDecimal("1250.00"));
    record.put("sales_ready", true);
    record.put("churned", false);
    record.put("signup_date", LocalDate.of(2024, 3, 16));
    record.put("last_seen", OffsetDateTime.parse("2024-12-31T23:30:00+01:00"));
    return record;
  }

  static Set<String> columns() {
    return record().keySet().stream().collect(Collectors.toUnmodifiableSet());
  }

  static Object evaluate(String expression) {
    return COMPILER.compile(expression, columns()).evaluate(record());
  }

  /** Type and value, so a test pins Long 4 apart from BigDecimal 4. */
  static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return "String '" + s + "'";
    }
    if (value instanceof List<?> list) {
      return "List " + list.stream().map(ExpressionFixtures::render).collect(Collectors.joining(", ", "[", "]"));
    }
    return value.getClass().getSimpleName() + " " + value;
  }
}
