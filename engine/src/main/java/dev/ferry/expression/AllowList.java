package dev.ferry.expression;

import java.util.List;
import java.util.Optional;

/**
 * Everything an expression may call. Not listed means rejected: there is no deny-list.
 *
 * <p>Besides these calls an expression can only use literals, the record's columns, and the operators of the grammar in
 * {@code dsl-spec/expressions.md}. Each entry names Ferry code, never a Java method on the value: {@link Functions}
 * implements the functions, {@link Methods} the methods, so MVEL never reflects on a record's values.
 */
public final class AllowList {

  /** Any number of arguments from {@code minArgs} on. */
  public static final int VARARGS = Integer.MAX_VALUE;

  /**
   * A helper function called by bare name, e.g. {@code lower(email)}.
   *
   * @param example an expression over the documentation record (see {@code dsl-spec/expressions.md}) and
   *     {@code result} what it evaluates to; a test runs every example
   */
  public record Function(String name, int minArgs, int maxArgs, String signature, String summary, String example,
               String result) {}

  /** A method called on a value, e.g. {@code email.toLowerCase()}; {@code on} says which kinds of value accept it. */
  public record Method(String name, int minArgs, int maxArgs, String on, String summary) {}

  public static final List<Function> FUNCTIONS = List.of(
    new Function("lower", 1, 1, "lower(text)", "lower-cases text (Locale.ROOT); null stays null",
      "lower('Ann@X.COM')", "ann@x.com"),
    new Function("upper", 1, 1, "upper(text)", "upper-cases text (Locale.ROOT); null stays null",
      "upper(country)", "DE"),
    new Function("trim", 1, 1, "trim(text)", "strips leading and trailing whitespace; null stays null",
      "trim('  Ann ')", "Ann"),
    new Function("blank", 1, 1, "blank(value)", "true for null, empty or whitespace-only text, and an empty list",
      "blank(last_name)", "true"),
    new Function("coalesce", 1, VARARGS, "coalesce(a, b, ...)", "the first argument that is not null, else null",
      "coalesce(last_name, 'Unknown')", "Unknown"),
    new Function("concat", 1, VARARGS, "concat(a, b, ...)", "joins the text of every argument, skipping nulls",
      "concat(first_name, ' ', last_name)", "Ann "),
    new Function("join", 2, 2, "join(list, separator)", "joins the text of a list's non-null items; null list gives null",
      "join(tags, '; ')", "vip; emea"),
    new Function("contains", 2, 2, "contains(listOrText, value)",
      "list: has an item equal to value; text: has value as a substring; null gives false",
      "contains(tags, 'vip')", "true"),
    new Function("startsWith", 2, 2, "startsWith(text, prefix)", "text starts with prefix; null text gives false",
      "startsWith(email, 'ann')", "true"),
    new Function("endsWith", 2, 2, "endsWith(text, suffix)", "text ends with suffix; null text gives false",
      "endsWith(email, '.com')", "true"),
    new Function("size", 1, 1, "size(listOrText)", "number of items or characters; null gives 0",
      "size(tags)", "2"),
    new Function("number", 1, 1, "number(value)",
      "reads text as a number (integer text gives an integer); blank text and null give null",
      "number(' 42 ') + 1", "43"),
    new Function("text", 1, 1, "text(value)", "numbers in plain notation, dates as ISO-8601, booleans as true/false",
      "text(engagement_score)", "7.5"),
    new Function("round", 1, 2, "round(number[, places])",
      "rounds half up to places decimals (0 to 18, default 0); null stays null",
      "round(2.345, 2)", "2.35"),
    new Function("min", 1, VARARGS, "min(a, b, ...)", "the smallest non-null argument (numbers, text or dates)",
      "min(active_deals, 2)", "2"),
    new Function("max", 1, VARARGS, "max(a, b, ...)", "the largest non-null argument (numbers, text or dates)",
      "max(active_deals, 2)", "3"),
    new Function("date", 1, 1, "date(value)", "a date from ISO-8601 text or a timestamp; null stays null",
      "date('2024-03-01') < signup_date", "true"),
    new Function("daysBetween", 2, 2, "daysBetween(from, to)",
      "whole calendar days from one date (or timestamp) to another; negative if to is earlier; null gives null",
      "daysBetween(signup_date, date('2024-04-01'))", "16"),
    new Function("today", 0, 0, "today()",
      "the run's current date from the clock given to ExpressionCompiler (fix it for reproducible runs)",
      "today() > signup_date", "true"));

  public static final List<Method> METHODS = List.of(
    new Method("toLowerCase", 0, 0, "text", "lower-cased (Locale.ROOT)"),
    new Method("toUpperCase", 0, 0, "text", "upper-cased (Locale.ROOT)"),
    new Method("trim", 0, 0, "text", "without leading and trailing whitespace"),
    new Method("length", 0, 0, "text", "number of characters"),
    new Method("isEmpty", 0, 0, "text, list", "true when there are no characters or items"),
    new Method("startsWith", 1, 1, "text", "starts with the given text"),
    new Method("endsWith", 1, 1, "text", "ends with the given text"),
    new Method("contains", 1, 1, "text, list", "has the substring or the item"),
    new Method("equalsIgnoreCase", 1, 1, "text", "equal ignoring case"),
    new Method("substring", 1, 2, "text", "characters from begin (to end), 0-based; out of range is an error"),
    new Method("replace", 2, 2, "text", "every occurrence of the first text replaced by the second (no regex)"),
    new Method("indexOf", 1, 1, "text, list", "position of the first occurrence, or -1"),
    new Method("size", 0, 0, "list", "number of items"));

  private AllowList() {}

  static Optional<Function> function(String name) {
    return FUNCTIONS.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  static Optional<Method> method(String name) {
    return METHODS.stream().filter(m -> m.name().equals(name)).findFirst();
  }
}
