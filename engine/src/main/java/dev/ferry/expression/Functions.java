package dev.ferry.expression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The helper functions of {@link AllowList#FUNCTIONS}. All are pure; {@code today()} reads the compiler's clock
 * through a variable (see {@link RecordVariables}), not through this class.
 *
 * <p>Public only because MVEL's accessors call it from MVEL's own package; not an API. The first parameter of each
 * method is the offset of the call in the expression, for error messages.
 */
public final class Functions {

  private Functions() {}

  public static Object lower(int at, Object s) {
    return s == null ? null : text(at, "lower", s).toLowerCase(Locale.ROOT);
  }

  public static Object upper(int at, Object s) {
    return s == null ? null : text(at, "upper", s).toUpperCase(Locale.ROOT);
  }

  public static Object trim(int at, Object s) {
    return s == null ? null : text(at, "trim", s).strip();
  }

  public static Object blank(int at, Object value) {
    return Values.blank(value);
  }

  /** Varargs functions take their arguments as one list: MVEL calls a Java varargs method about five times slower. */
  public static Object coalesce(int at, List<?> values) {
    for (Object value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  public static Object concat(int at, List<?> values) {
    StringBuilder out = new StringBuilder();
    for (Object value : values) {
      if (value instanceof List) {
        throw new EvaluationError(at, "concat() cannot take a list; use join(list, separator)");
      }
      if (value != null) {
        out.append(Values.text(value));
      }
    }
    return out.toString();
  }

  public static Object join(int at, Object list, Object separator) {
    if (list == null) {
      return null;
    }
    if (!(list instanceof List<?> items)) {
      throw new EvaluationError(at, "join() needs a list first, got " + Values.describe(list));
    }
    String glue = text(at, "join", separator);
    StringBuilder out = new StringBuilder();
    for (Object item : items) {
      if (item != null) {
        out.append(out.length() == 0 ? "" : glue).append(Values.text(Values.normalize(item)));
      }
    }
    return out.toString();
  }

  public static Object contains(int at, Object haystack, Object needle) {
    if (haystack == null) {
      return false;
    }
    if (haystack instanceof String s) {
      return needle != null && s.contains(text(at, "contains", needle));
    }
    if (haystack instanceof List<?> items) {
      return items.stream().anyMatch(item -> Values.same(item, needle));
    }
    throw new EvaluationError(at, "contains() needs a list or text first, got " + Values.describe(haystack));
  }

  public static Object startsWith(int at, Object s, Object prefix) {
    return s != null && text(at, "startsWith", s).startsWith(text(at, "startsWith", prefix));
  }

  public static Object endsWith(int at, Object s, Object suffix) {
    return s != null && text(at, "endsWith", s).endsWith(text(at, "endsWith", suffix));
  }

  public static Object size(int at, Object value) {
    if (value == null) {
      return 0L;
    }
    if (value instanceof String s) {
      return (long) s.length();
    }
    if (value instanceof List<?> items) {
      return (long) items.size();
    }
    throw new EvaluationError(at, "size() needs a list or text, got " + Values.describe(value));
  }

  public static Object number(int at, Object value) {
    if (value == null || Values.isNumber(value)) {
      return value;
    }
    if (!(value instanceof String s)) {
      throw new EvaluationError(at, "number() needs text or a number, got " + Values.describe(value));
    }
    String digits = s.strip();
    if (digits.isEmpty()) {
      return null;
    }
    // Only plain decimal notation: no exponents, no thousands separators, no currency signs to guess about.
    if (!digits.matches("[+-]?\\d+(\\.\\d+)?")) {
      throw new EvaluationError(at, "number() cannot read " + Values.describe(value) + " as a number");
    }
    BigDecimal parsed = new BigDecimal(digits);
    if (digits.indexOf('.') < 0 && parsed.unscaledValue().bitLength() < 64) {
      return parsed.longValueExact();
    }
    return parsed;
  }

  public static Object text(int at, Object value) {
    if (value instanceof List) {
      throw new EvaluationError(at, "text() cannot take a list; use join(list, separator)");
    }
    return value == null ? null : Values.text(value);
  }

  public static Object round(int at, Object value) {
    return round(at, value, 0L);
  }

  public static Object round(int at, Object value, Object places) {
    long scale = wholeNumber(at, "round() places", places);
    if (scale < 0 || scale > 18) {
      throw new EvaluationError(at, "round() places must be between 0 and 18, got " + scale);
    }
    if (value == null || value instanceof Long) {
      return value;
    }
    if (!(value instanceof BigDecimal d)) {
      throw new EvaluationError(at, "round() needs a number, got " + Values.describe(value));
    }
    return d.setScale((int) scale, RoundingMode.HALF_UP);
  }

  public static Object min(int at, List<?> values) {
    return extreme(at, "min", -1, values);
  }

  public static Object max(int at, List<?> values) {
    return extreme(at, "max", 1, values);
  }

  public static Object date(int at, Object value) {
    if (value == null || value instanceof LocalDate) {
      return value;
    }
    if (value instanceof OffsetDateTime t) {
      return t.toLocalDate();
    }
    if (!(value instanceof String s)) {
      throw new EvaluationError(at, "date() needs text or a timestamp, got " + Values.describe(value));
    }
    String iso = s.strip();
    try {
      return iso.length() <= 10 ? LocalDate.parse(iso) : OffsetDateTime.parse(iso).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new EvaluationError(at, "date() cannot read " + Values.describe(value)
        + " as an ISO-8601 date (2024-03-01) or timestamp (2024-03-01T09:30:00Z)");
    }
  }

  public static Object daysBetween(int at, Object from, Object to) {
    if (from == null || to == null) {
      return null;
    }
    return ChronoUnit.DAYS.between(calendarDay(at, from), calendarDay(at, to));
  }

  private static LocalDate calendarDay(int at, Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof OffsetDateTime t) {
      return t.toLocalDate();
    }
    throw new EvaluationError(at, "daysBetween() needs dates or timestamps, got " + Values.describe(value)
      + (value instanceof String ? "; convert it with date(...)" : ""));
  }

  private static Object extreme(int at, String name, int direction, List<?> values) {
    Object best = null;
    for (Object value : values) {
      if (value == null) {
        continue;
      }
      if (best == null) {
        best = value;
        continue;
      }
      Integer order = Values.order(value, best);
      if (order == null) {
        throw new EvaluationError(at, name + "() cannot compare " + Values.describe(value) + " with "
          + Values.describe(best));
      }
      if (Integer.signum(order) == direction) {
        best = value;
      }
    }
    if (best != null && Values.order(best, best) == null) {
      throw new EvaluationError(at, name + "() needs numbers, text or dates, got " + Values.describe(best));
    }
    return best;
  }

  static long wholeNumber(int at, String what, Object value) {
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof BigDecimal d) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        // fall through to the message below
      }
    }
    throw new EvaluationError(at, what + " must be a whole number, got " + Values.describe(value));
  }

  private static String text(int at, String function, Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw new EvaluationError(at, function + "() needs text, got " + Values.describe(value));
  }
}
