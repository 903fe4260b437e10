package dev.ferry.mapping;

import dev.ferry.diagnostic.Location;
import java.util.List;

/** Where a destination field's value comes from: exactly one of these per field. */
public sealed interface FieldSource {

  Location location();

  /** Copy a source column. */
  record Column(String column, Location location) implements FieldSource {}

  /** The same constant for every record. */
  record Constant(Object value, Location location) implements FieldSource {}

  /** Source columns joined, blanks skipped. */
  record Concat(List<String> columns, Location location) implements FieldSource {
    public Concat {
      columns = List.copyOf(columns);
    }
  }

  /** An expression over the record. */
  record Expression(ExpressionText expression, Location location) implements FieldSource {}

  /** Another object's migrated record, found by the key in {@code column}. */
  record Lookup(String object, String column, LinkShape as, MissingPolicy missing, Location location)
      implements FieldSource {

    /** How the destination id is written. */
    public enum LinkShape {
      ID,
      PRIMARY_LINK
    }

    /** What happens when the key names no migrated record. */
    public enum MissingPolicy {
      REJECT,
      BLANK
    }
  }

  /** The owner, resolved from the email in {@code column}, or the fallback owner when column is null. */
  record Owner(String column, Location location) implements FieldSource {
    public boolean fallbackOnly() {
      return column == null;
    }
  }
}
