package dev.ferry.coerce;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads raw export text as typed values. Configured once per map with the zone the source wrote its times
 * in and its date order; it never looks at the machine's zone or locale, and never throws on bad input.
 */
public final class Coercer {

  /** The list separator when the map names none: Actimo and Freshsales both write multi-values with it. */
  public static final String DEFAULT_LIST_SEPARATOR = ";";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
  private static final Set<String> TRUE_WORDS = Set.of("yes", "y", "true", "1", "ja");
  private static final Set<String> FALSE_WORDS = Set.of("no", "n", "false", "0", "nej");

  private final ZoneId zone;
  private final DateOrder dateOrder;
  private final DateReader dates;

  public Coercer(ZoneId zone, DateOrder dateOrder) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.dateOrder = Objects.requireNonNull(dateOrder, "dateOrder");
    this.dates = new DateReader(zone, dateOrder);
  }

  public ZoneId zone() {
    return zone;
  }

  public DateOrder dateOrder() {
    return dateOrder;
  }

  /** Reads {@code raw} as {@code type}; lists split on {@link #DEFAULT_LIST_SEPARATOR}. */
  public Coerced coerce(String raw, ValueType type) {
    return coerce(raw, type, DEFAULT_LIST_SEPARATOR);
  }

  /** Reads {@code raw} as {@code type}; {@code listSeparator} (taken literally) only matters to LIST and TAGS. */
  public Coerced coerce(String raw, ValueType type, String listSeparator) {
    String text = trim(raw);
    if (text.isEmpty()) {
      return Coerced.BLANK;
    }
    return switch (type) {
      case TEXT -> new Coerced.Value(text);
      case EMAIL -> email(text);
      case NUMBER -> number(text);
      case INTEGER -> integer(text);
      case PERCENT -> percent(text);
      case BOOLEAN -> bool(text);
      case DATE -> dates.date(text);
      case DATETIME -> dates.dateTime(text);
      case LIST -> list(text, listSeparator, false);
      case TAGS -> list(text, listSeparator, true);
    };
  }

  /** Trims Unicode spaces too: spreadsheets pad with no-break spaces, which {@code String.strip} keeps. */
  private static String trim(String raw) {
    if (raw == null) {
      return "";
    }
    int start = 0;
    int end = raw.length();
    while (start < end && isSpace(raw.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static Coerced email(String text) {
    String email = text.toLowerCase(Locale.ROOT);
    return EMAIL.matcher(email).matches()
        ? new Coerced.Value(email)
        : new Coerced.Invalid("'" + text + "' is not an email address");
  }

  private static Coerced number(String text) {
    NumberReader.ParsedNumber parsed = NumberReader.read(text);
    return parsed == null
        ? new Coerced.Invalid("'" + text + "' is not a number")
        : new Coerced.Value(parsed.value());
  }

  /**
   * {@code 12.0} is 12 (spreadsheets write whole numbers so); {@code 12.5} is refused, and so are
   * {@code 1.234} and {@code 12.000}, which a European export means as thousands.
   */
  private static Coerced integer(String text) {
    if (text.length() <= 18 && isDigits(text)) {
      // Plain digits, the common case, need none of the number reader's cases.
      return new Coerced.Value(Long.parseLong(text));
    }
    NumberReader.ParsedNumber parsed = NumberReader.read(text);
    if (parsed == null) {
      return new Coerced.Invalid("'" + text + "' is not a whole number");
    }
    BigDecimal value = parsed.value();
    if (parsed.thousandsLookalike()) {
      return new Coerced.Invalid("'" + text + "' is ambiguous as a whole number: is the mark a thousands"
          + " separator or a decimal one? Write it without the mark");
    }
    if (value.scale() > 0) {
      return new Coerced.Invalid("'" + text + "' is not a whole number");
    }
    if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
      return new Coerced.Invalid("'" + text + "' is too large for a whole number");
    }
    return new Coerced.Value(value.longValueExact());
  }

  /**
   * {@code 72}, {@code 72%} and {@code 0.72} are all 72 percent: a value written with a decimal mark and
   * no {@code %} that lies in [0, 1] is a fraction. So {@code 1} is 1 percent, {@code 1.0} is 100.
   */
  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  private static Coerced percent(String text) {
    boolean withSign = text.endsWith("%");
    String body = withSign ? trim(text.substring(0, text.length() - 1)) : text;
    NumberReader.ParsedNumber parsed = body.isEmpty() ? null : NumberReader.read(body);
    if (parsed == null) {
      return new Coerced.Invalid("'" + text + "' is not a percentage");
    }
    BigDecimal value = parsed.value();
    if (!withSign && parsed.writtenWithFraction() && value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0) {
      value = NumberReader.normalise(value.multiply(HUNDRED));
    }
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      return new Coerced.Invalid("'" + text + "' is outside 0 to 100 percent");
    }
    return new Coerced.Value(value);
  }

  private static Coerced bool(String text) {
    String word = text.toLowerCase(Locale.ROOT);
    if (TRUE_WORDS.contains(word)) {
      return new Coerced.Value(Boolean.TRUE);
    }
    if (FALSE_WORDS.contains(word)) {
      return new Coerced.Value(Boolean.FALSE);
    }
    return new Coerced.Invalid("'" + text + "' is not a yes/no value: expected yes/no, y/n, true/false, 1/0 or ja/nej");
  }

  /** Tags drop later spellings of a tag already seen in another case: {@code vip;VIP} is one tag, {@code vip}. */
  private static Coerced list(String text, String separator, boolean tags) {
    List<String> items = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int from = 0;
    while (from <= text.length()) {
      int at = separator.isEmpty() ? -1 : text.indexOf(separator, from);
      int to = at < 0 ? text.length() : at;
      String item = trim(text.substring(from, to));
      if (!item.isEmpty() && (!tags || seen.add(item.toLowerCase(Locale.ROOT)))) {
        items.add(item);
      }
      if (at < 0) {
        break;
      }
      from = at + separator.length();
    }
    return items.isEmpty() ? Coerced.BLANK : new Coerced.Value(List.copyOf(items));
  }
}
