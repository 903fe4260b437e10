package dev.ferry.coerce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCoercionTest {

  private final Coercer coercer = new Coercer(ZoneId.of("Europe/Copenhagen"), DateOrder.DAY_FIRST);

  @Test
  void textIsTrimmedButKeepsInnerSpaceAndNewlines() {
    assertEquals(new Coerced.Value("Aarhus Havn\nGate 4"), coercer.coerce("  Aarhus Havn\nGate 4 ", ValueType.TEXT));
  }

  @Test
  void emailIsTrimmedAndLowercased() {
    assertEquals(new Coerced.Value("mette.nielsen17@nordlys.example"),
        coercer.coerce("  Mette.Nielsen17@Nordlys.EXAMPLE ", ValueType.EMAIL));
    assertEquals(new Coerced.Invalid("'mette at nordlys' is not an email address"),
        coercer.coerce("mette at nordlys", ValueType.EMAIL));
    assertEquals(new Coerced.Invalid("'a@b' is not an email address"), coercer.coerce("a@b", ValueType.EMAIL));
  }

  @ParameterizedTest(name = "BOOLEAN ''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {"yes|true", "YES|true", "' y '|true", "True|true", "1|true", "ja|true",
      "Ja|true", "no|false", "N|false", "FALSE|false", "0|false", "nej|false"})
  void readsBooleans(String raw, boolean expected) {
    assertEquals(new Coerced.Value(expected), coercer.coerce(raw, ValueType.BOOLEAN));
  }

  @Test
  void refusesOtherBooleans() {
    assertEquals(new Coerced.Invalid("'maybe' is not a yes/no value: expected yes/no, y/n, true/false, 1/0 or ja/nej"),
        coercer.coerce("maybe", ValueType.BOOLEAN));
    assertEquals(Coerced.Invalid.class, coercer.coerce("2", ValueType.BOOLEAN).getClass());
  }

  @Test
  void listsSplitOnTheDeclaredSeparatorTrimAndDropBlanks() {
    assertEquals(new Coerced.Value(List.of("Safety 101", "Forklift basics")),
        coercer.coerce("Safety 101|Forklift basics", ValueType.LIST, "|"));
    assertEquals(new Coerced.Value(List.of("a", "b", "a")), coercer.coerce(" a ; ;b;a;", ValueType.LIST));
    assertEquals(new Coerced.Value(List.of("a;b")), coercer.coerce("a;b", ValueType.LIST, "|"));
    assertEquals(new Coerced.Value(List.of("x", "y")), coercer.coerce("x || y", ValueType.LIST, "||"));
    assertEquals(Coerced.BLANK, coercer.coerce(" ; ;", ValueType.LIST));
  }

  @Test
  void tagsAreDeduplicatedCaseInsensitivelyKeepingTheFirstSpelling() {
    assertEquals(new Coerced.Value(List.of("night-shift", "VIP", "newsletter")),
        coercer.coerce("night-shift; VIP;newsletter ;vip; Night-Shift", ValueType.TAGS));
    assertEquals(Coerced.BLANK, coercer.coerce(";", ValueType.TAGS));
  }
}
