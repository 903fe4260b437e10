package dev.ferry.expression;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Ferry's meaning for each operator. The generated MVEL calls these instead of MVEL's own operators, whose meaning
 * is wrong for migration data (in MVEL {@code null + 1} is {@code "null1"}, a Long divided by zero is
 * {@code Long.MAX_VALUE}, {@code 0.1} is a double and {@code 0 == empty} is true).
 *
 * <p>Public only because MVEL's accessors call it from MVEL's own package; not an API. The first parameter of each
 * method is the offset of the operator in the expression, for error messages.
 */
public final class Operators {

  private static final MathContext DIVISION = MathContext.DECIMAL64;

  private Operators() {}

  public static Object add(int at, Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long sum = x + y;
      // Overflow iff both operands have the sign opposite to the result (Hacker's Delight 2-13).
      return ((x ^ sum) & (y ^ sum)) < 0 ? BigDecimal.valueOf(x).add(BigDecimal.valueOf(y)) : (Object) sum;
    }
    if (a instanceof String || b instanceof String) {
      requireNotNull(at, "+", a, b, "; use concat(...) to join text that may be blank");
      if (a instanceof List || b instanceof List) {
        throw mismatch(at, "+", a, b, "; use join(list, separator) first");
      }
      return Values.text(a) + Values.text(b);
    }
    requireNumbers(at, "+", a, b);
    return Values.decimal(a).add(Values.decimal(b));
  }

  public static Object subtract(int at, Object a, Object b) {
    requireNumbers(at, "-", a, b);
    if (a instanceof Long x && b instanceof Long y) {
      long difference = x - y;
      return ((x ^ y) & (x ^ difference)) < 0 ? BigDecimal.valueOf(x).subtract(BigDecimal.valueOf(y)) : (Object) difference;
    }
    return Values.decimal(a).subtract(Values.decimal(b));
  }

  public static Object multiply(int at, Object a, Object b) {
    requireNumbers(at, "*", a, b);
    if (a instanceof Long x && b instanceof Long y) {
      long high = Math.multiplyHigh(x, y);
      long product = x * y;
      return (high == 0 && product >= 0) || (high == -1 && product < 0)
        ? (Object) product
        : BigDecimal.valueOf(x).multiply(BigDecimal.valueOf(y));
    }
    return Values.decimal(a).multiply(Values.decimal(b));
  }

  /** Always a decimal: {@code 7 / 2} is 3.5, as an analyst expects, with 16 significant digits. */
  public static Object divide(int at, Object a, Object b) {
    requireNumbers(at, "/", a, b);
    BigDecimal divisor = Values.decimal(b);
    if (divisor.signum() == 0) {
      throw new EvaluationError(at, "division by zero: " + Values.describe(a) + " / " + Values.describe(b));
    }
    return plain(Values.decimal(a).divide(divisor, DIVISION));
  }

  public static Object remainder(int at, Object a, Object b) {
    requireNumbers(at, "%", a, b);
    if (Values.decimal(b).signum() == 0) {
      throw new EvaluationError(at, "remainder by zero: " + Values.describe(a) + " % " + Values.describe(b));
    }
    if (a instanceof Long x && b instanceof Long y) {
      return x % y;
    }
    return Values.decimal(a).remainder(Values.decimal(b));
  }

  public static Object negate(int at, Object a) {
    if (a instanceof Long x) {
      return x == Long.MIN_VALUE ? BigDecimal.valueOf(x).negate() : (Object) (-x);
    }
    if (a instanceof BigDecimal x) {
      return x.negate();
    }
    throw new EvaluationError(at, "'-' needs a number, got " + Values.describe(a));
  }

  /** The condition of {@code !}, {@code &&}, {@code ||} and {@code ? :}: null counts as false, non-booleans fail. */
  public static boolean truth(int at, String operator, Object a) {
    if (a instanceof Boolean b) {
      return b;
    }
    if (a == null) {
      return false;
    }
    throw new EvaluationError(at, "'" + operator + "' needs true or false, got " + Values.describe(a));
  }

  public static boolean eq(int at, Object a, Object b) {
    if (!Values.comparableKinds(a, b)) {
      throw mismatch(at, "==", a, b, hint(a, b));
    }
    return Values.same(a, b);
  }

  public static boolean ne(int at, Object a, Object b) {
    if (!Values.comparableKinds(a, b)) {
      throw mismatch(at, "!=", a, b, hint(a, b));
    }
    return !Values.same(a, b);
  }

  /** {@code x == empty}: the same test as {@code blank(x)}. Unlike MVEL, 0 and false are not empty. */
  public static boolean isEmpty(Object a) {
    return Values.blank(a);
  }

  public static boolean lt(int at, Object a, Object b) {
    return a != null && b != null && order(at, "<", a, b) < 0;
  }

  public static boolean le(int at, Object a, Object b) {
    return a != null && b != null && order(at, "<=", a, b) <= 0;
  }

  public static boolean gt(int at, Object a, Object b) {
    return a != null && b != null && order(at, ">", a, b) > 0;
  }

  public static boolean ge(int at, Object a, Object b) {
    return a != null && b != null && order(at, ">=", a, b) >= 0;
  }

  /** {@code list[i]}: null list or an index past either end gives null, as in JSLT; text is not indexable. */
  public static Object index(int at, Object target, Object index) {
    if (target == null) {
      return null;
    }
    if (!(target instanceof List<?> list)) {
      throw new EvaluationError(at, "only lists can be indexed, got " + Values.describe(target)
        + (target instanceof String ? "; use .substring(begin, end)" : ""));
    }
    long i = Functions.wholeNumber(at, "a list index", index);
    return i < 0 || i >= list.size() ? null : Values.normalize(list.get((int) i));
  }

  /** A list literal; MVEL builds {@code items} and may reuse it between evaluations, so the result is a copy. */
  public static List<Object> list(int at, List<?> items) {
    return Collections.unmodifiableList(new ArrayList<>(items));
  }

  private static int order(int at, String operator, Object a, Object b) {
    Integer order = Values.order(a, b);
    if (order == null) {
      throw mismatch(at, operator, a, b, hint(a, b));
    }
    return order;
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static void requireNotNull(int at, String operator, Object a, Object b, String hint) {
    if (a == null || b == null) {
      String side = a == null ? "left" : "right";
      throw new EvaluationError(at, "'" + operator + "' got null on the " + side + " ("
        + Values.describe(a) + " " + operator + " " + Values.describe(b) + ")" + hint);
    }
  }

  private static void requireNumbers(int at, String operator, Object a, Object b) {
    requireNotNull(at, operator, a, b, "; use coalesce(x, 0) to default a blank number");
    if (!Values.isNumber(a) || !Values.isNumber(b)) {
      throw mismatch(at, operator, a, b, hint(a, b));
    }
  }

  private static EvaluationError mismatch(int at, String operator, Object a, Object b, String hint) {
    return new EvaluationError(at, "'" + operator + "' cannot combine " + Values.describe(a) + " with "
      + Values.describe(b) + hint);
  }

  private static String hint(Object a, Object b) {
    String kinds = Values.kind(a) + "/" + Values.kind(b);
    if (kinds.contains("text") && kinds.contains("number")) {
      return "; convert one side with number(...) or text(...)";
    }
    if (kinds.contains("text") && (kinds.contains("date") || kinds.contains("timestamp"))) {
      return "; convert the text with date(...)";
    }
    if (kinds.contains("date") && kinds.contains("timestamp")) {
      return "; convert the timestamp with date(...)";
    }
    return "";
  }
}
