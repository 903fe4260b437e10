package dev.ferry.source;

/** One data row of an export file: either a record, or a row that could not be read and why. */
public sealed interface ReadResult permits SourceRecord, UnreadableRow {

  /** The file's name, e.g. {@code employees.csv}. */
  String file();

  /** The 1-based physical line the row starts on (the header is line 1 when the file starts with it). */
  long line();

  /** The 1-based number of the data row, counting unreadable rows but not the header or blank lines. */
  long row();
}
