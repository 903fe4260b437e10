package dev.ferry.coerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The JSON form the destination receives for a coerced value: dates as {@code "2024-03-07"}, date-times as
 * {@code "2024-03-07T09:30:00+01:00"} (seconds always written, fractions dropped, {@code +00:00} rather than
 * {@code Z}), numbers as JSON numbers without trailing zeros, lists as arrays of strings.
 */
public final class ValueRenderer {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private static final BigInteger TEN = BigInteger.TEN;

  private ValueRenderer() {}

  /** The JSON node for a value from {@link Coerced.Value#value()}. */
  public static JsonNode toJson(Object value) {
    if (value instanceof String text) {
      return TextNode.valueOf(text);
    }
    if (value instanceof BigDecimal number) {
      return number(number);
    }
    if (value instanceof Long number) {
      return LongNode.valueOf(number);
    }
    if (value instanceof Boolean flag) {
      return BooleanNode.valueOf(flag);
    }
    if (value instanceof LocalDate date) {
      return TextNode.valueOf(text(date));
    }
    if (value instanceof OffsetDateTime dateTime) {
      return TextNode.valueOf(text(dateTime));
    }
    if (value instanceof List<?> items) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode(items.size());
      items.forEach(item -> array.add(String.valueOf(item)));
      return array;
    }
    throw new IllegalArgumentException("not a coerced value: " + value);
  }

  public static String text(LocalDate date) {
    return date.toString();
  }

  public static String text(OffsetDateTime dateTime) {
    // Written by hand: the formatter was a visible share of a million-record transform.
    int offset = dateTime.getOffset().getTotalSeconds();
    if (dateTime.getYear() < 0 || dateTime.getYear() > 9999 || offset % 60 != 0) {
      return DATE_TIME.format(dateTime.truncatedTo(ChronoUnit.SECONDS));
    }
    StringBuilder text = new StringBuilder(25);
    pad(text, dateTime.getYear(), 4).append('-');
    pad(text, dateTime.getMonthValue(), 2).append('-');
    pad(text, dateTime.getDayOfMonth(), 2).append('T');
    pad(text, dateTime.getHour(), 2).append(':');
    pad(text, dateTime.getMinute(), 2).append(':');
    pad(text, dateTime.getSecond(), 2);
    text.append(offset < 0 ? '-' : '+');
    int minutes = Math.abs(offset) / 60;
    pad(text, minutes / 60, 2).append(':');
    return pad(text, minutes % 60, 2).toString();
  }

  private static StringBuilder pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }

  /** Whole numbers as integers, so no serializer setting can turn 100 into {@code 1E+2} or {@code 100.0}. */
  private static JsonNode number(BigDecimal value) {
    // Values from the number reader are already normal; others (constants, expression results) may not be.
    BigDecimal normal = value.scale() <= 0 || value.unscaledValue().testBit(0) || !value.unscaledValue().mod(TEN).equals(BigInteger.ZERO)
        ? (value.scale() < 0 ? value.setScale(0) : value)
        : NumberReader.normalise(value);
    if (normal.scale() == 0) {
      return normal.unscaledValue().bitLength() < 64 ? LongNode.valueOf(normal.longValueExact())
          : BigIntegerNode.valueOf(normal.toBigIntegerExact());
    }
    return DecimalNode.valueOf(normal);
  }
}
