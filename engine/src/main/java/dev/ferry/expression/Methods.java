package dev.ferry.expression;

import java.util.List;
import java.util.Locale;

/**
 * The value methods of {@link AllowList#METHODS}, written out so MVEL calls Ferry code instead of reflecting on the
 * value: {@code email.toLowerCase()} becomes {@code Methods.toLowerCase(at, email)}. They behave like the Java methods
 * they are named after, except that a null receiver is an error that points at the null-passing function.
 *
 * <p>Public only because MVEL's accessors call it from MVEL's own package; not an API. The first parameter of each
 * method is the offset of the call in the expression, for error messages.
 */
public final class Methods {

  private Methods() {}

  public static Object toLowerCase(int at, Object target) {
    return text(at, "toLowerCase", target, "lower(x)").toLowerCase(Locale.ROOT);
  }

  public static Object toUpperCase(int at, Object target) {
    return text(at, "toUpperCase", target, "upper(x)").toUpperCase(Locale.ROOT);
  }

  public static Object trim(int at, Object target) {
    return text(at, "trim", target, "trim(x)").strip();
  }

  public static Object length(int at, Object target) {
    if (target instanceof List) {
      throw new EvaluationError(at, "length() is for text; a list has size()");
    }
    return (long) text(at, "length", target, "size(x)").length();
  }

  public static Object isEmpty(int at, Object target) {
    if (target instanceof List<?> list) {
      return list.isEmpty();
    }
    return text(at, "isEmpty", target, "blank(x)").isEmpty();
  }

  public static Object startsWith(int at, Object target, Object prefix) {
    return text(at, "startsWith", target, "startsWith(x, prefix)").startsWith(argument(at, "startsWith", prefix));
  }

  public static Object endsWith(int at, Object target, Object suffix) {
    return text(at, "endsWith", target, "endsWith(x, suffix)").endsWith(argument(at, "endsWith", suffix));
  }

  public static Object contains(int at, Object target, Object item) {
    if (target instanceof List<?> list) {
      return list.stream().anyMatch(element -> Values.same(element, item));
    }
    return text(at, "contains", target, "contains(x, value)").contains(argument(at, "contains", item));
  }

  public static Object equalsIgnoreCase(int at, Object target, Object other) {
    return text(at, "equalsIgnoreCase", target, "lower(x) == lower(y)").equalsIgnoreCase((String) textOrNull(at, other));
  }

  public static Object substring(int at, Object target, Object begin) {
    String s = text(at, "substring", target, "coalesce(x, '')");
    return substring(at, s, Functions.wholeNumber(at, "substring() begin", begin), s.length());
  }

  public static Object substring(int at, Object target, Object begin, Object end) {
    String s = text(at, "substring", target, "coalesce(x, '')");
    return substring(at, s, Functions.wholeNumber(at, "substring() begin", begin),
      Functions.wholeNumber(at, "substring() end", end));
  }

  public static Object replace(int at, Object target, Object from, Object to) {
    return text(at, "replace", target, "coalesce(x, '')")
      .replace(argument(at, "replace", from), argument(at, "replace", to));
  }

  public static Object indexOf(int at, Object target, Object item) {
    if (target instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        if (Values.same(list.get(i), item)) {
          return (long) i;
        }
      }
      return -1L;
    }
    return (long) text(at, "indexOf", target, "coalesce(x, '')").indexOf(argument(at, "indexOf", item));
  }

  public static Object size(int at, Object target) {
    if (target instanceof List<?> list) {
      return (long) list.size();
    }
    throw new EvaluationError(at, "size() is for lists, got " + Values.describe(target)
      + (target instanceof String ? "; text has length()" : "; size(x) also accepts null"));
  }

  private static String substring(int at, String s, long begin, long end) {
    if (begin < 0 || end > s.length() || begin > end) {
      throw new EvaluationError(at, "substring(" + begin + ", " + end + ") is out of range for text of length "
        + s.length());
    }
    return s.substring((int) begin, (int) end);
  }

  private static String text(int at, String method, Object target, String alternative) {
    if (target instanceof String s) {
      return s;
    }
    if (target == null) {
      throw new EvaluationError(at, method + "() was called on null; " + alternative + " handles blank values");
    }
    throw new EvaluationError(at, method + "() is for text, got " + Values.describe(target));
  }

  private static String argument(int at, String method, Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw new EvaluationError(at, method + "() needs a text argument, got " + Values.describe(value));
  }

  private static Object textOrNull(int at, Object value) {
    return value == null ? null : argument(at, "equalsIgnoreCase", value);
  }
}
