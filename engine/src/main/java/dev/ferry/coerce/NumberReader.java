package dev.ferry.coerce;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the numbers spreadsheets and European exports write. A lone {@code ,} or {@code .} is the decimal
 * mark ({@code 3,5} and {@code 3.5} are both 3.5): Actimo tenants are Nordic and write decimal commas, and
 * API-style exports write decimal points. Two or more of the same mark, or both marks, or spaces between
 * groups of three, are thousands separators, and then the last different mark is the decimal one.
 */
final class NumberReader {

  /** What was read, and whether the text showed a fraction part (percentages need to know). */
  record ParsedNumber(BigDecimal value, boolean writtenWithFraction, boolean thousandsLookalike) {}

  private static final Pattern PLAIN = Pattern.compile("\\d+(?:[.,]\\d+)?|[.,]\\d+");
  private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
  private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
  private static final Pattern SPACE_GROUPS = Pattern.compile("\\d{1,3}(?:[ '\u00A0\u202F]\\d{3})+(?:[.,]\\d+)?");
  /** {@code 1.234} reads as 1.234, but a reader who expected a whole number may have meant 1234. */
  private static final Pattern THOUSANDS_LOOKALIKE = Pattern.compile("[1-9]\\d{0,2}[.,]\\d{3}");

  private NumberReader() {}

  /** The number, or null when the text is not one. The text must already be trimmed and non-blank. */
  static ParsedNumber read(String text) {
    boolean negative = false;
    String body = text;
    char first = body.charAt(0);
    if (first == '+' || first == '-' || first == '\u2212') {
      negative = first != '+';
      body = body.substring(1);
    }
    if (body.isEmpty()) {
      return null;
    }
    String canonical = canonical(body);
    if (canonical == null) {
      return null;
    }
    BigDecimal value = normalise(new BigDecimal(canonical));
    return new ParsedNumber(
        negative ? value.negate() : value,
        canonical.indexOf('.') >= 0,
        thousandsLookalike(body));
  }

  /**
   * What {@link #PLAIN} accepts (digits with at most one mark, followed by digits), checked by hand: most
   * numbers in an export are plain, and this is the hot path of a million-row run.
   */
  private static String plain(String body) {
    int mark = -1;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c >= '0' && c <= '9') {
        continue;
      }
      if ((c == '.' || c == ',') && mark < 0) {
        mark = i;
        continue;
      }
      return null;
    }
    if (mark == body.length() - 1) {
      return null;
    }
    return mark < 0 || body.charAt(mark) == '.' ? body : body.replace(',', '.');
  }

  /** {@link #THOUSANDS_LOOKALIKE} without the regex engine. */
  private static boolean thousandsLookalike(String body) {
    int length = body.length();
    if (length < 5 || length > 7 || body.charAt(0) < '1' || body.charAt(0) > '9') {
      return false;
    }
    int mark = length - 4;
    char separator = body.charAt(mark);
    if (separator != '.' && separator != ',') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (i != mark && (body.charAt(i) < '0' || body.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** Equal numbers compare equal with {@code equals} and never print in scientific notation. */
  static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The body rewritten as {@code BigDecimal} text (digits and at most one {@code .}), or null. */
  private static String canonical(String body) {
    String plain = plain(body);
    if (plain != null) {
      return plain;
    }
    if (PLAIN.matcher(body).matches()) {
      return body.replace(',', '.');
    }
    if (DOT_GROUPS.matcher(body).matches()) {
      return body.replace(".", "").replace(',', '.');
    }
    if (COMMA_GROUPS.matcher(body).matches()) {
      return body.replace(",", "");
    }
    if (SPACE_GROUPS.matcher(body).matches()) {
      return body.replaceAll("[ '\u00A0\u202F]", "").replace(',', '.');
    }
    return null;
  }
}
