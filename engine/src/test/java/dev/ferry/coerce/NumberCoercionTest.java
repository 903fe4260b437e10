package dev.ferry.coerce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberCoercionTest {

  private final Coercer coercer = new Coercer(ZoneId.of("Europe/Copenhagen"), DateOrder.DAY_FIRST);

  @ParameterizedTest(name = "NUMBER ''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {
      "3,5|3.5",
      "3.5|3.5",
      "1.234,5|1234.5",
      "1,234.5|1234.5",
      "1 234,5|1234.5",
      "1\u00A0234,5|1234.5",
      "1'234.50|1234.5",
      "1.234.567|1234567",
      "1,234,567|1234567",
      "12 500 000|12500000",
      "+7|7",
      "-7,25|-7.25",
      "' 42 '|42",
      "0,50|0.5",
      ",5|0.5",
      "100|100",
      "100.000,00|100000"})
  void readsNumbers(String raw, String expected) {
    assertEquals(new Coerced.Value(new BigDecimal(expected)), coercer.coerce(raw, ValueType.NUMBER));
  }

  @Test
  void singleMarkIsDecimal() {
    // Documented rule: a lone mark is the decimal one, so a US "1,234" is 1.234, not 1234.
    assertEquals(new Coerced.Value(new BigDecimal("1.234")), coercer.coerce("1,234", ValueType.NUMBER));
  }

  @ParameterizedTest(name = "NUMBER ''{0}'' is invalid")
  @CsvSource(delimiter = '|', value = {"abc", "n/a", "1.23.4", "1,2,3", "12a", "1 23", "--5", "+", "1e5", "3,5,"})
  void refusesGarbage(String raw) {
    assertEquals(new Coerced.Invalid("'" + raw + "' is not a number"), coercer.coerce(raw, ValueType.NUMBER));
  }

  @ParameterizedTest(name = "INTEGER ''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {"12|12", "12.0|12", "12,00|12", "-3|-3", "+3|3", "1 234|1234",
      "1.234.567|1234567", "0|0"})
  void readsIntegers(String raw, long expected) {
    assertEquals(new Coerced.Value(expected), coercer.coerce(raw, ValueType.INTEGER));
  }

  @Test
  void refusesFractionsAndAmbiguousThousands() {
    assertEquals(new Coerced.Invalid("'12.5' is not a whole number"), coercer.coerce("12.5", ValueType.INTEGER));
    assertEquals(new Coerced.Invalid("'abc' is not a whole number"), coercer.coerce("abc", ValueType.INTEGER));
    assertEquals(new Coerced.Invalid("'1.234' is ambiguous as a whole number: is the mark a thousands separator"
        + " or a decimal one? Write it without the mark"), coercer.coerce("1.234", ValueType.INTEGER));
    assertEquals(Coerced.Invalid.class, coercer.coerce("12.000", ValueType.INTEGER).getClass());
    assertEquals(new Coerced.Invalid("'99999999999999999999' is too large for a whole number"),
        coercer.coerce("99999999999999999999", ValueType.INTEGER));
  }

  @ParameterizedTest(name = "PERCENT ''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {
      "0.72|72", "72|72", "72%|72", "72,5 %|72.5", "0,725|72.5", "1|1", "1.0|100", "1,00|100", "0|0",
      "0.0|0", "100|100", "100%|100", "0.5%|0.5", "' 72 % '|72", "1.5|1.5", "72.5|72.5"})
  void readsPercentages(String raw, String expected) {
    assertEquals(new Coerced.Value(new BigDecimal(expected)), coercer.coerce(raw, ValueType.PERCENT));
  }

  @Test
  void refusesPercentagesOutOfRangeOrGarbage() {
    assertEquals(new Coerced.Invalid("'130%' is outside 0 to 100 percent"), coercer.coerce("130%", ValueType.PERCENT));
    assertEquals(new Coerced.Invalid("'-5' is outside 0 to 100 percent"), coercer.coerce("-5", ValueType.PERCENT));
    assertEquals(new Coerced.Invalid("'100.5' is outside 0 to 100 percent"), coercer.coerce("100.5", ValueType.PERCENT));
    assertEquals(new Coerced.Invalid("'lots' is not a percentage"), coercer.coerce("lots", ValueType.PERCENT));
    assertEquals(new Coerced.Invalid("'%' is not a percentage"), coercer.coerce("%", ValueType.PERCENT));
  }

  @Test
  void blankIsBlankForEveryType() {
    for (ValueType type : ValueType.values()) {
      assertEquals(Coerced.BLANK, coercer.coerce("", type), type.name());
      assertEquals(Coerced.BLANK, coercer.coerce("  \t ", type), type.name());
      assertEquals(Coerced.BLANK, coercer.coerce("\u00A0", type), type.name());
      assertEquals(Coerced.BLANK, coercer.coerce(null, type), type.name());
    }
  }
}
