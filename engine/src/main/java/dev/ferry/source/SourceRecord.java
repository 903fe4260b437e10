package dev.ferry.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One readable data row. Cells are raw text, exactly as the file had them after unquoting: never null,
 * {@code ""} for an empty cell, surrounding spaces kept (reading a value as a type trims it; writing a
 * rejected row back must not). The original header and cells travel with it, so a rejected row can be
 * written back as it came.
 */
public record SourceRecord(SourceHeader header, long line, long row, List<String> cells) implements ReadResult {

  public SourceRecord {
    cells = Collections.unmodifiableList(cells);
  }

  @Override
  public String file() {
    return header.file();
  }

  /** The raw cell of a canonical column; {@code ""} when empty, null when the file has no such column. */
  public String get(String column) {
    int index = header.indexOf(column);
    return index < 0 ? null : cells.get(index);
  }

  public boolean has(String column) {
    return header.has(column);
  }

  /** Canonical column to raw cell, in file order. Built on each call: prefer {@link #get} in loops. */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> columns = header.columns();
    for (int i = 0; i < columns.size(); i++) {
      values.put(columns.get(i), cells.get(i));
    }
    return Collections.unmodifiableMap(values);
  }

  public List<String> originalHeader() {
    return header.original();
  }

  public List<String> originalCells() {
    return cells;
  }

  @Override
  public String toString() {
    return header.file() + ":" + line + " " + cells;
  }
}
