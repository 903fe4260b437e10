package dev.ferry.expression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What Ferry's operators and functions agree a value is: its kind, its number form, its text form, its equality. */
final class Values {

  private Values() {}

  /** Widens the Java types a caller may hand in to the value contract (Long, BigDecimal, String, ...). */
  static Object normalize(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      // BigDecimal.valueOf goes through the shortest decimal text, so 0.1d becomes 0.1, not 0.1000000000000000055...
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : value;
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (value instanceof Character c) {
      return c.toString();
    }
    return value;
  }

  static boolean isNumber(Object value) {
    return value instanceof Long || value instanceof BigDecimal;
  }

  static BigDecimal decimal(Object number) {
    return number instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) number;
  }

  static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "text";
    }
    if (isNumber(value)) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof LocalDate) {
      return "date";
    }
    if (value instanceof OffsetDateTime) {
      return "timestamp";
    }
    if (value instanceof List) {
      return "list";
    }
    return "unsupported value (" + value.getClass().getSimpleName() + ")";
  }

  /** For messages: the kind and a short rendering, e.g. {@code text 'Ann'} or {@code number 3}. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String shown = value instanceof String s ? "'" + s + "'" : value instanceof List || isKnown(value) ? text(value) : "";
    if (shown.length() > 40) {
      shown = shown.substring(0, 37) + "...";
    }
    return shown.isEmpty() ? kind(value) : kind(value) + " " + shown;
  }

  private static boolean isKnown(Object value) {
    return isNumber(value) || value instanceof Boolean || value instanceof LocalDate || value instanceof OffsetDateTime;
  }

  /** The text form used by {@code +} on text, {@code concat}, {@code join} and {@code text()}. */
  static String text(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof OffsetDateTime t) {
      // OffsetDateTime.toString() drops zero seconds; the formatter always writes them, so the text is stable.
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(describe(normalize(list.get(i))));
      }
      return out.append(']').toString();
    }
    return String.valueOf(value);
  }

  static boolean blank(Object value) {
    return value == null
      || value instanceof String s && s.isBlank()
      || value instanceof List<?> list && list.isEmpty();
  }

  /**
   * Equality that never fails: values of different kinds are simply unequal. Lists use it for {@code contains} and
   * item-by-item comparison; {@code ==} itself is stricter (see {@link Operators#eq}).
   */
  static boolean same(Object a, Object b) {
    a = normalize(a);
    b = normalize(b);
    if (a == null || b == null) {
      return a == b;
    }
    if (isNumber(a) && isNumber(b)) {
      return a instanceof Long x && b instanceof Long y ? x.equals(y) : decimal(a).compareTo(decimal(b)) == 0;
    }
    if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
      return x.isEqual(y);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** True when {@code ==} may compare the two kinds: the same kind, or either side null. */
  static boolean comparableKinds(Object a, Object b) {
    return a == null || b == null || kind(a).equals(kind(b));
  }

  /**
   * Orders two non-null values of one orderable kind (number, text, date, timestamp); returns null when the kinds
   * cannot be ordered against each other, so the caller can word the error.
   */
  static Integer order(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    if (isNumber(a) && isNumber(b)) {
      return decimal(a).compareTo(decimal(b));
    }
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    if (a instanceof LocalDate x && b instanceof LocalDate y) {
      return x.compareTo(y);
    }
    if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
      return x.toInstant().compareTo(y.toInstant());
    }
    return null;
  }
}
