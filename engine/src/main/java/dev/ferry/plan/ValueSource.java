package dev.ferry.plan;

import dev.ferry.expression.CompiledExpression;
import java.util.List;

/** Where a compiled field's value comes from. */
public sealed interface ValueSource {

  /** A source column's text. */
  record Column(String column) implements ValueSource {}

  /** The same value for every record (already a destination value: no coercion). */
  record Constant(Object value) implements ValueSource {}

  /** Source columns joined by {@code separator}, blanks skipped. */
  record Concat(List<String> columns, String separator) implements ValueSource {
    public Concat {
      columns = List.copyOf(columns);
    }
  }

  /** An expression over the record's columns, compiled once. */
  record Expression(CompiledExpression expression) implements ValueSource {}

  /** The destination id of another object's record, found by the key in {@code column}. */
  record Lookup(String object, String column, boolean asPrimaryLink, boolean rejectWhenMissing)
      implements ValueSource {}

  /** The owner: the user whose email is in {@code column}, or the fallback owner when column is null. */
  record Owner(String column) implements ValueSource {}
}
