package dev.ferry.coerce;

import java.util.Objects;

/** The outcome of reading one raw value as a type: a value, nothing, or a message saying why not. */
public sealed interface Coerced permits Coerced.Value, Coerced.Blank, Coerced.Invalid {

  /** The single blank outcome: empty or whitespace-only text, for every type. */
  Blank BLANK = new Blank();

  /**
   * A typed value: {@code String}, {@code BigDecimal}, {@code Long}, {@code Boolean}, {@code LocalDate},
   * {@code OffsetDateTime} or {@code List<String>}, by {@link ValueType}.
   */
  record Value(Object value) implements Coerced {
    public Value {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The cell held nothing; whether that clears a field or is skipped is the map's decision, not ours. */
  record Blank() implements Coerced {}

  /** The text cannot be read as the type; the message quotes the text and says what was expected. */
  record Invalid(String message) implements Coerced {}
}
