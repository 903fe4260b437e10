package dev.ferry.coerce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateCoercionTest {

  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private final Coercer dayFirst = new Coercer(COPENHAGEN, DateOrder.DAY_FIRST);
  private final Coercer monthFirst = new Coercer(COPENHAGEN, DateOrder.MONTH_FIRST);
  private final Coercer unspecified = new Coercer(COPENHAGEN, DateOrder.UNSPECIFIED);

  private static Coerced date(String iso) {
    return new Coerced.Value(LocalDate.parse(iso));
  }

  private static Coerced dateTime(String iso) {
    return new Coerced.Value(OffsetDateTime.parse(iso));
  }

  @ParameterizedTest(name = "DATE ''{0}'' is {1} whatever the order")
  @CsvSource(delimiter = '|', value = {
      "2024-03-07|2024-03-07",
      "2024/03/07|2024-03-07",
      "2024.03.07|2024-03-07",
      "2024-3-7|2024-03-07",
      "13/03/2024|2024-03-13",
      "03/13/2024|2024-03-13",
      "7/7/2024|2024-07-07",
      "07.03.2024|2024-03-07",
      "13-03-2024|2024-03-13",
      "2024-03-07 09:30|2024-03-07",
      "2024-03-07T09:30:00+01:00|2024-03-07",
      "2024-03-07T23:30:00Z|2024-03-08",
      "2024-03-07T23:30|2024-03-07"})
  void readsUnambiguousDates(String raw, String expected) {
    assertEquals(date(expected), dayFirst.coerce(raw, ValueType.DATE));
    assertEquals(date(expected), monthFirst.coerce(raw, ValueType.DATE));
    assertEquals(date(expected), unspecified.coerce(raw, ValueType.DATE));
  }

  @Test
  void ambiguousSlashDatesFollowTheDeclaredOrder() {
    assertEquals(date("2024-03-07"), dayFirst.coerce("07/03/2024", ValueType.DATE));
    assertEquals(date("2024-07-03"), monthFirst.coerce("07/03/2024", ValueType.DATE));
    assertEquals(date("2024-03-07"), dayFirst.coerce("07-03-2024", ValueType.DATE));
  }

  @Test
  void ambiguousSlashDatesWithoutAnOrderAreInvalid() {
    assertEquals(new Coerced.Invalid("'03/07/2024' is ambiguous: 3 July 2024 if the day comes first, March 7, 2024"
            + " if the month does; set the map's date_order to day_first or month_first"),
        unspecified.coerce("03/07/2024", ValueType.DATE));
    assertEquals(Coerced.Invalid.class, unspecified.coerce("03/07/2024 10:00", ValueType.DATETIME).getClass());
  }

  @Test
  void dotsAreAlwaysDayFirst() {
    assertEquals(date("2024-03-07"), monthFirst.coerce("07.03.2024", ValueType.DATE));
    assertEquals(date("2024-03-07"), unspecified.coerce("07.03.2024", ValueType.DATE));
  }

  @Test
  void impossibleDatesAreInvalid() {
    assertEquals(new Coerced.Invalid("'31/02/2024' is not a real date: February 2024 has 29 days"),
        dayFirst.coerce("31/02/2024", ValueType.DATE));
    assertEquals(new Coerced.Invalid("'2023-02-29' is not a real date: February 2023 has 28 days"),
        dayFirst.coerce("2023-02-29", ValueType.DATE));
    assertEquals(new Coerced.Invalid("'2024-13-01' is not a real date: there is no month 13"),
        dayFirst.coerce("2024-13-01", ValueType.DATE));
    assertEquals(new Coerced.Invalid("'2024-01-00' is not a real date: there is no day 0"),
        dayFirst.coerce("2024-01-00", ValueType.DATE));
    assertEquals(new Coerced.Invalid("'13/14/2024' is not a real date: neither 13 nor 14 is a month"),
        dayFirst.coerce("13/14/2024", ValueType.DATE));
    assertEquals(new Coerced.Invalid("'00/05/2024' is not a real date: there is no day 0"),
        unspecified.coerce("00/05/2024", ValueType.DATE));
  }

  @Test
  void otherBadDatesSayWhy() {
    assertEquals(new Coerced.Invalid("'07/03/24' has a two-digit year: write the year with four digits"),
        dayFirst.coerce("07/03/24", ValueType.DATE));
    assertEquals(new Coerced.Invalid("'soon' is not a date: expected e.g. 2024-03-07, 07/03/2024, 07.03.2024 or"
        + " 2024/03/07, optionally followed by a time"), dayFirst.coerce("soon", ValueType.DATE));
    assertEquals(new Coerced.Invalid("'45358' is a bare number, not a date: Ferry does not guess epoch seconds,"
        + " milliseconds or spreadsheet serial numbers"), dayFirst.coerce("45358", ValueType.DATE));
    assertEquals(Coerced.Invalid.class, dayFirst.coerce("1709803800", ValueType.DATETIME).getClass());
    assertEquals(new Coerced.Invalid("'2024-03-07T25:00' is not a real time of day"),
        dayFirst.coerce("2024-03-07T25:00", ValueType.DATETIME));
    assertEquals(new Coerced.Invalid("'2024-03-07T09:30+19:00' has an offset from UTC that does not exist"),
        dayFirst.coerce("2024-03-07T09:30+19:00", ValueType.DATETIME));
  }

  @ParameterizedTest(name = "DATETIME ''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {
      "2024-03-07T09:30:00Z|2024-03-07T10:30+01:00",
      "2024-07-07T09:30:00Z|2024-07-07T11:30+02:00",
      "2024-03-07T09:30:00+01:00|2024-03-07T09:30+01:00",
      "2024-03-07T09:30:00+0100|2024-03-07T09:30+01:00",
      "2024-03-07T12:30:00+04|2024-03-07T09:30+01:00",
      "2024-03-07 09:30:00 UTC|2024-03-07T10:30+01:00",
      "2024-03-07T09:30:00.250Z|2024-03-07T10:30:00.250+01:00",
      "2024-03-07 09:30|2024-03-07T09:30+01:00",
      "2024-07-07 09:30:15|2024-07-07T09:30:15+02:00",
      "2024-07-07T09:30|2024-07-07T09:30+02:00",
      "07/03/2024 09:30|2024-03-07T09:30+01:00",
      "03/13/2024 9:30 PM|2024-03-13T21:30+01:00",
      "03/13/2024 12:05 am|2024-03-13T00:05+01:00",
      "07.03.2024 18:00|2024-03-07T18:00+01:00",
      "2024-03-07|2024-03-07T00:00+01:00",
      "2024-07-07|2024-07-07T00:00+02:00",
      "2024-10-27 02:30|2024-10-27T02:30+02:00"})
  void readsDateTimesInTheSourceZone(String raw, String expected) {
    assertEquals(dateTime(expected), dayFirst.coerce(raw, ValueType.DATETIME));
  }

  @Test
  void aLocalTimeInTheSpringGapIsInvalid() {
    assertEquals(new Coerced.Invalid("'2024-03-31 02:30' does not exist in Europe/Copenhagen: the clocks jumped"
        + " from 02:00 to 03:00 that night"), dayFirst.coerce("2024-03-31 02:30", ValueType.DATETIME));
  }
}
