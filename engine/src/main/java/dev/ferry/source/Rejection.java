package dev.ferry.source;

/**
 * Why a row is not loaded: a stable rule name (e.g. {@code invalid_value}), the column or field it is about
 * (may be empty), and a sentence for the analyst.
 */
public record Rejection(String rule, String field, String reason) {

  public Rejection {
    rule = rule == null ? "" : rule;
    field = field == null ? "" : field;
    reason = reason == null ? "" : reason;
  }
}
