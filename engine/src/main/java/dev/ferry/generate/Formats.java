package dev.ferry.generate;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes values the many ways real exports do. Every form chosen here reads back to the intended value
 * with Ferry's coercer under {@code date_order: day_first} and zone {@code Europe/Copenhagen}: a value that
 * does not is dirt, and only {@link Dirt} writes dirt.
 */
final class Formats {

  /** The zone Actimo's UI wrote local times in. */
  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL_ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter LOCAL_SHORT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter LOCAL_SLASH = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
  private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM/dd/uuuu");
  private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private Formats() {}

  /** A timestamp: 80% ISO UTC, 10% local ISO without offset, 10% local {@code dd/MM/yyyy HH:mm}. */
  static String timestamp(Random random, Instant instant) {
    int form = random.nextInt(10);
    if (form < 8) {
      return UTC.format(instant);
    }
    ZonedDateTime local = instant.atZone(COPENHAGEN);
    return form == 8 ? LOCAL_ISO.format(local) : LOCAL_SLASH.format(local);
  }

  static String utc(Instant instant) {
    return UTC.format(instant);
  }

  /**
   * A date: ISO 58%, {@code dd/MM/yyyy} 20%, {@code MM/dd/yyyy} 8% (only when the day is above 12, else
   * ISO), {@code dd.MM.yyyy} 4%, a date-time with an offset 5% and without 5%; the times fall between 09:00
   * and 20:59 Copenhagen time, so the date in Copenhagen is the date meant.
   */
  static String date(Random random, LocalDate date) {
    int form = random.nextInt(100);
    if (form < 58) {
      return date.toString();
    }
    if (form < 78) {
      return DAY_MONTH.format(date);
    }
    if (form < 86) {
      return date.getDayOfMonth() > 12 ? MONTH_DAY.format(date) : date.toString();
    }
    if (form < 90) {
      return DOTS.format(date);
    }
    ZonedDateTime at = date.atTime(Draws.between(random, 9, 20), Draws.between(random, 0, 59)).atZone(COPENHAGEN);
    if (form < 95) {
      return random.nextBoolean() ? UTC.format(at.toInstant()) : WITH_OFFSET.format(at);
    }
    return LOCAL_SHORT.format(at);
  }

  /** Tenths as {@code 72}, {@code 72.5} or {@code 72,5}. */
  static String decimal(Random random, int tenths) {
    if (tenths % 10 == 0) {
      return Integer.toString(tenths / 10);
    }
    return (tenths / 10) + (random.nextInt(10) < 6 ? "." : ",") + (tenths % 10);
  }

  /**
   * A percentage in tenths, one of: {@code 72} / {@code 72,5} (40%), {@code 72%} / {@code 72,5 %} (30%),
   * a fraction {@code 0.72} / {@code 0.725} / {@code 1.0} (30%). A value below 1 with a fraction is never
   * written plain ({@code 0,5} would read as a fraction of 1, i.e. 50): it gets a {@code %} instead.
   */
  static String percent(Random random, int tenths) {
    int form = random.nextInt(10);
    boolean looksLikeFraction = tenths < 10 && tenths % 10 != 0;
    if (form < 4 && !looksLikeFraction) {
      return decimalComma(tenths);
    }
    if (form < 7) {
      return decimalComma(tenths) + (tenths % 10 == 0 ? "%" : " %");
    }
    return fraction(tenths);
  }

  private static String decimalComma(int tenths) {
    return tenths % 10 == 0 ? Integer.toString(tenths / 10) : (tenths / 10) + "," + (tenths % 10);
  }

  /** 725 tenths of a percent is {@code 0.725}; 1000 is {@code 1.0}, 0 is {@code 0.0}. */
  private static String fraction(int tenths) {
    if (tenths == 1000) {
      return "1.0";
    }
    String digits = pad(tenths, 3);
    String fraction = digits.endsWith("0") ? digits.substring(0, 2) : digits;
    return "0." + (fraction.equals("00") ? "0" : fraction);
  }

  /** A Danish mobile number, written one of four ways. */
  static String phone(Random random, long eightDigits) {
    String d = Long.toString(eightDigits);
    return switch (random.nextInt(10)) {
      case 0, 1, 2, 3 -> "+45 " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4, 6) + " " + d.substring(6);
      case 4, 5, 6 -> "+45" + d;
      case 7, 8 -> d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4, 6) + " " + d.substring(6);
      default -> "0045 " + d;
    };
  }

  /** A whole number, with spaces between thousands when it is large and the draw says so. */
  static String count(Random random, long value) {
    if (value < 1000 || random.nextInt(10) < 8) {
      return Long.toString(value);
    }
    return groups(Long.toString(value), " ");
  }

  /** Revenue in kroner, whole or with øre, with any of the thousands conventions seen in exports. */
  static String revenue(Random random, long kroner, int oere) {
    String whole = Long.toString(kroner);
    String cents = pad(oere, 2);
    return switch (random.nextInt(20)) {
      case 0, 1, 2, 3, 4, 5, 6, 7 -> whole;
      case 8, 9, 10 -> groups(whole, ".");
      case 11, 12, 13 -> groups(whole, " ") + "," + cents;
      case 14, 15, 16 -> groups(whole, ",") + "." + cents;
      default -> whole + "." + cents;
    };
  }

  private static String groups(String digits, String separator) {
    StringBuilder out = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(separator).append(digits, i, i + 3);
    }
    return out.toString();
  }

  static String pad(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** Lower-case ASCII for an email address, the Danish way: {@code Søren Ærø Åse} gives {@code sorenaeroaase}. */
  static String ascii(String name) {
    String danish = name.toLowerCase(Locale.ROOT)
        .replace("æ", "ae").replace("ø", "o").replace("å", "aa").replace("ı", "i").replace("ß", "ss");
    String decomposed = Normalizer.normalize(danish, Normalizer.Form.NFD);
    return decomposed.replaceAll("[^a-z0-9]", "");
  }

  /** {@code mette.nielsen17@x.example} as someone typed it: {@code Mette.Nielsen17@X.example}. */
  static String capitalised(String email) {
    StringBuilder out = new StringBuilder(email.length());
    boolean start = true;
    for (int i = 0; i < email.length(); i++) {
      char c = email.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '.' || c == '@';
    }
    return out.toString();
  }
}
