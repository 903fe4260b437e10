package dev.ferry.coerce;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and date-times in the forms exports write, always against the map's source zone and never
 * the machine's: a date-only value is a {@link LocalDate} from start to finish, so it cannot shift by a day.
 */
final class DateReader {

  private static final Pattern DATE_TIME = Pattern.compile(
      "(?:(?<y>\\d{4})(?<ys>[-/.])(?<ym>\\d{1,2})\\k<ys>(?<yd>\\d{1,2})"
          + "|(?<a>\\d{1,2})(?<s>[-/.])(?<b>\\d{1,2})\\k<s>(?<year>\\d{4}|\\d{2}))"
          + "(?:(?:[Tt]|\\s+)(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<sec>\\d{2})(?:[.,](?<frac>\\d{1,9}))?)?"
          + "\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?)?"
          + "\\s*(?<off>[Zz]|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");
  private static final Pattern BARE_NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
  private static final String DATE_FORMS =
      "expected e.g. 2024-03-07, 07/03/2024, 07.03.2024 or 2024/03/07, optionally followed by a time";
  private static final String DATE_TIME_FORMS =
      "expected e.g. 2024-03-07T09:30:00+01:00, 2024-03-07 09:30 or 07/03/2024 09:30";

  /** What the text said, before the zone is applied; {@code problem} is set when it said nothing usable. */
  private record Reading(LocalDate date, LocalTime time, ZoneOffset offset, String problem) {
    static Reading problem(String message) {
      return new Reading(null, null, null, message);
    }
  }

  private final ZoneId zone;
  private final DateOrder order;

  DateReader(ZoneId zone, DateOrder order) {
    this.zone = zone;
    this.order = order;
  }

  /** A date; a date-time with an offset gives the date it was in the source zone at that instant. */
  Coerced date(String text) {
    Reading reading = read(text, DATE_FORMS);
    if (reading.problem() != null) {
      return new Coerced.Invalid(reading.problem());
    }
    if (reading.offset() == null) {
      return new Coerced.Value(reading.date());
    }
    return new Coerced.Value(OffsetDateTime.of(reading.date(), reading.time(), reading.offset())
        .atZoneSameInstant(zone).toLocalDate());
  }

  /** A date-time with the source zone's offset at that instant; a bare date is the start of its day. */
  Coerced dateTime(String text) {
    Reading reading = read(text, DATE_TIME_FORMS);
    if (reading.problem() != null) {
      return new Coerced.Invalid(reading.problem());
    }
    if (reading.offset() != null) {
      return new Coerced.Value(OffsetDateTime.of(reading.date(), reading.time(), reading.offset())
          .atZoneSameInstant(zone).toOffsetDateTime());
    }
    if (reading.time() == null) {
      return new Coerced.Value(reading.date().atStartOfDay(zone).toOffsetDateTime());
    }
    LocalDateTime local = LocalDateTime.of(reading.date(), reading.time());
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      ZoneOffsetTransition gap = zone.getRules().getTransition(local);
      return new Coerced.Invalid("'" + text + "' does not exist in " + zone.getId() + ": the clocks jumped from "
          + gap.getDateTimeBefore().toLocalTime() + " to " + gap.getDateTimeAfter().toLocalTime() + " that night");
    }
    // In the autumn overlap the earlier offset wins, as in java.time; the text cannot tell them apart.
    return new Coerced.Value(ZonedDateTime.ofLocal(local, zone, null).toOffsetDateTime());
  }

  private Reading read(String text, String forms) {
    // The commonest forms, read without the regex engine: the hot path of a large export.
    if (isIsoDate(text)) {
      return checkedDate(text, digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }
    if (isIsoDateTime(text)) {
      Reading date = checkedDate(text, digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      if (date.problem() != null || hour > 23 || minute > 59 || second > 59) {
        return date.problem() != null ? date : Reading.problem("'" + text + "' is not a real time of day");
      }
      ZoneOffset offset = text.length() == 19 ? null : offset(text.substring(19));
      return new Reading(date.date(), LocalTime.of(hour, minute, second), offset, null);
    }
    Matcher m = DATE_TIME.matcher(text);
    if (!m.matches()) {
      if (BARE_NUMBER.matcher(text).matches()) {
        return Reading.problem("'" + text + "' is a bare number, not a date: Ferry does not guess epoch seconds,"
            + " milliseconds or spreadsheet serial numbers");
      }
      return Reading.problem("'" + text + "' is not a date: " + forms);
    }
    Reading date = m.group("y") != null
        ? checkedDate(text, Integer.parseInt(m.group("y")), Integer.parseInt(m.group("ym")),
            Integer.parseInt(m.group("yd")))
        : dayMonthDate(text, m);
    if (date.problem() != null || m.group("h") == null) {
      return date;
    }
    return withTime(text, date.date(), m);
  }

  private static boolean isIsoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** {@code yyyy-MM-ddTHH:mm:ss} (T or a space), then nothing, {@code Z}, or {@code +HH:MM}. */
  private static boolean isIsoDateTime(String text) {
    int length = text.length();
    if ((length != 19 && length != 20 && length != 25) || !isIsoDate(text.substring(0, 10))) {
      return false;
    }
    char t = text.charAt(10);
    if ((t != 'T' && t != ' ') || text.charAt(13) != ':' || text.charAt(16) != ':'
        || !allDigits(text, 11, 13) || !allDigits(text, 14, 16) || !allDigits(text, 17, 19)) {
      return false;
    }
    if (length == 20) {
      return text.charAt(19) == 'Z';
    }
    if (length == 25) {
      char sign = text.charAt(19);
      return (sign == '+' || sign == '-') && allDigits(text, 20, 22) && text.charAt(22) == ':'
          && allDigits(text, 23, 25) && digits(text, 20, 22) <= 18 && digits(text, 23, 25) <= 59;
    }
    return true;
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /** {@code a/b/yyyy}: dots are always day first; slashes and dashes follow a part above 12, then the order. */
  private Reading dayMonthDate(String text, Matcher m) {
    if (m.group("year").length() == 2) {
      return Reading.problem("'" + text + "' has a two-digit year: write the year with four digits");
    }
    int year = Integer.parseInt(m.group("year"));
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    boolean dayFirst;
    if (m.group("s").equals(".") || (a > 12 && b <= 12) || a == b || a == 0 || b == 0) {
      dayFirst = true;
    } else if (b > 12 && a <= 12) {
      dayFirst = false;
    } else if (a > 12) {
      return Reading.problem("'" + text + "' is not a real date: neither " + a + " nor " + b + " is a month");
    } else if (order == DateOrder.UNSPECIFIED) {
      return Reading.problem("'" + text + "' is ambiguous: " + a + " " + monthName(b) + " " + year
          + " if the day comes first, " + monthName(a) + " " + b + ", " + year
          + " if the month does; set the map's date_order to day_first or month_first");
    } else {
      dayFirst = order == DateOrder.DAY_FIRST;
    }
    return dayFirst ? checkedDate(text, year, b, a) : checkedDate(text, year, a, b);
  }

  private static Reading checkedDate(String text, int year, int month, int day) {
    if (month < 1 || month > 12) {
      return Reading.problem("'" + text + "' is not a real date: there is no month " + month);
    }
    if (day < 1) {
      return Reading.problem("'" + text + "' is not a real date: there is no day " + day);
    }
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day > length) {
      return Reading.problem("'" + text + "' is not a real date: " + monthName(month) + " " + year + " has "
          + length + " days");
    }
    return new Reading(LocalDate.of(year, month, day), null, null, null);
  }

  private static Reading withTime(String text, LocalDate date, Matcher m) {
    int hour = Integer.parseInt(m.group("h"));
    int minute = Integer.parseInt(m.group("mi"));
    int second = m.group("sec") == null ? 0 : Integer.parseInt(m.group("sec"));
    String fraction = m.group("frac") == null ? "" : m.group("frac");
    int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    String ampm = m.group("ampm");
    if (ampm != null) {
      if (hour < 1 || hour > 12) {
        return Reading.problem("'" + text + "' is not a real time: " + hour + " o'clock with AM/PM");
      }
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return Reading.problem("'" + text + "' is not a real time of day");
    }
    ZoneOffset offset;
    try {
      offset = offset(m.group("off"));
    } catch (DateTimeException e) {
      return Reading.problem("'" + text + "' has an offset from UTC that does not exist");
    }
    return new Reading(date, LocalTime.of(hour, minute, second, nanos), offset, null);
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    if (text.equalsIgnoreCase("Z") || text.equals("UTC") || text.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = text.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    int sign = text.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
