package dev.ferry.transform;

import dev.ferry.source.SourceHeader;
import dev.ferry.source.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a transformer reads, numbered once when it is built, and their positions in the current
 * file's header, worked out once per header: reading a cell is then an array load, not a map lookup
 * per cell per record (a visible cost at a million records).
 */
final class ColumnSlots {

  private final Map<String, Integer> slots = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private SourceHeader header;
  private int[] positions = new int[0];

  /** The slot of {@code column}, adding it when new; call while building, not per record. */
  int slot(String column) {
    return slots.computeIfAbsent(column, name -> {
      names.add(name);
      return names.size() - 1;
    });
  }

  int[] slots(List<String> columns) {
    return columns.stream().mapToInt(this::slot).toArray();
  }

  /** The raw cell of the column in {@code slot}; null when the record's file has no such column. */
  String cell(SourceRecord record, int slot) {
    if (record.header() != header) {
      header = record.header();
      positions = new int[names.size()];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = header.indexOf(names.get(i));
      }
    }
    int position = positions[slot];
    return position < 0 ? null : record.cells().get(position);
  }

  static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
