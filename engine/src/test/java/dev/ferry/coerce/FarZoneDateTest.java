package dev.ferry.coerce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A date-only value never shifts by a day, whatever zone the machine is in (the loaders' most reported bug).
 * The JVM default is moved to the ends of the earth; the results must not notice.
 */
class FarZoneDateTest {

  private TimeZone original;

  @BeforeEach
  void remember() {
    original = TimeZone.getDefault();
  }

  @AfterEach
  void restore() {
    TimeZone.setDefault(original);
  }

  @ParameterizedTest(name = "machine zone {0}")
  @ValueSource(strings = {"Pacific/Kiritimati", "Pacific/Pago_Pago", "Etc/GMT+12", "Etc/GMT-14", "UTC"})
  void dateOnlyValuesKeepTheirDay(String machineZone) {
    TimeZone.setDefault(TimeZone.getTimeZone(machineZone));
    for (String sourceZone : new String[] {"Europe/Copenhagen", "Pacific/Kiritimati", "Etc/GMT+12"}) {
      Coercer coercer = new Coercer(ZoneId.of(sourceZone), DateOrder.DAY_FIRST);
      for (String raw : new String[] {"2024-03-07", "07/03/2024", "07.03.2024", "2024/03/07", "03/07/2024"}) {
        Coerced coerced = coercer.coerce(raw, ValueType.DATE);
        LocalDate expected = raw.equals("03/07/2024") ? LocalDate.of(2024, 7, 3) : LocalDate.of(2024, 3, 7);
        assertEquals(new Coerced.Value(expected), coerced, raw + " in " + sourceZone);
        assertEquals(TextNode.valueOf(expected.toString()), ValueRenderer.toJson(expected));
      }
      Coerced midnight = coercer.coerce("2024-03-07", ValueType.DATETIME);
      OffsetDateTime start = (OffsetDateTime) ((Coerced.Value) midnight).value();
      assertEquals(LocalDate.of(2024, 3, 7), start.toLocalDate(), sourceZone);
      assertEquals(0, start.getHour(), sourceZone);
      assertEquals(ZoneId.of(sourceZone).getRules().getOffset(start.toInstant()), start.getOffset());
    }
  }

  @ParameterizedTest(name = "machine zone {0}")
  @ValueSource(strings = {"Pacific/Kiritimati", "Pacific/Pago_Pago", "Etc/GMT+12"})
  void dateTimesUseTheSourceZoneNotTheMachines(String machineZone) {
    TimeZone.setDefault(TimeZone.getTimeZone(machineZone));
    Coercer coercer = new Coercer(ZoneId.of("Europe/Copenhagen"), DateOrder.DAY_FIRST);
    assertEquals(new Coerced.Value(OffsetDateTime.parse("2024-03-07T09:30+01:00")),
        coercer.coerce("2024-03-07 09:30", ValueType.DATETIME));
    assertEquals(TextNode.valueOf("2024-03-07T09:30:00+01:00"),
        ValueRenderer.toJson(OffsetDateTime.parse("2024-03-07T09:30+01:00")));
  }
}
