package dev.ferry.source;

/**
 * A row that could not be split into the header's columns. {@code raw} is its text as it stood: the whole
 * row when it parsed but had the wrong number of columns, its first line only when its quoting was broken
 * (the lines after it are read again as rows of their own).
 */
public record UnreadableRow(String file, long line, long row, String raw, String reason) implements ReadResult {

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
