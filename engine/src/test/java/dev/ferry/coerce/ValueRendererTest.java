package dev.ferry.coerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueRendererTest {

  private static String json(Object value) throws Exception {
    return new ObjectMapper().writeValueAsString(ValueRenderer.toJson(value));
  }

  @Test
  void rendersEachKindOfValue() throws Exception {
    assertEquals("\"2024-03-07\"", json(LocalDate.of(2024, 3, 7)));
    assertEquals("\"2024-03-07T09:30:00+01:00\"", json(OffsetDateTime.parse("2024-03-07T09:30+01:00")));
    assertEquals("\"2024-03-07T09:30:00+00:00\"", json(OffsetDateTime.parse("2024-03-07T09:30:00.999Z")));
    assertEquals("72.5", json(new BigDecimal("72.50")));
    assertEquals("100", json(new BigDecimal("1E+2")));
    assertEquals("100", json(new BigDecimal("100.000")));
    assertEquals("12345678901234567890123", json(new BigDecimal("12345678901234567890123.00")));
    assertEquals("12", json(12L));
    assertEquals("true", json(Boolean.TRUE));
    assertEquals("\"Aarhus\"", json("Aarhus"));
    assertEquals("[\"Safety 101\",\"Forklift basics\"]", json(List.of("Safety 101", "Forklift basics")));
    assertThrows(IllegalArgumentException.class, () -> ValueRenderer.toJson(new Object()));
  }
}
