package dev.ferry.source;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes delimited rows in a {@link Dialect}, UTF-8, quoting a cell only when it holds the delimiter, a
 * quote or a line end, so that what {@link RecordStream} reads back is exactly what was written.
 */
public final class CsvWriter implements Closeable, Flushable {

  private final Writer out;
  private final Dialect dialect;
  private final StringBuilder line = new StringBuilder(512);

  public CsvWriter(Writer out, Dialect dialect) throws IOException {
    this.out = out;
    this.dialect = dialect;
    if (dialect.bom()) {
      out.write('\uFEFF');
    }
  }

  /** Creates (or replaces) a UTF-8 file. */
  public static CsvWriter create(Path file, Dialect dialect) throws IOException {
    return new CsvWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        64 * 1024), dialect);
  }

  public Dialect dialect() {
    return dialect;
  }

  public void writeRow(List<String> cells) throws IOException {
    line.setLength(0);
    appendCells(cells);
    line.append(dialect.lineEnding());
    out.append(line);
  }

  /** The text of a row of cells as this writer would write it, without the line ending. */
  public String format(List<String> cells) {
    line.setLength(0);
    appendCells(cells);
    return line.toString();
  }

  private void appendCells(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(dialect.delimiter());
      }
      appendCell(cells.get(i));
    }
  }

  /** Writes a line exactly as given, plus the line ending: for text that must not be re-quoted. */
  public void writeRaw(String text) throws IOException {
    out.write(text);
    out.write(dialect.lineEnding());
  }

  private void appendCell(String cell) {
    String text = cell == null ? "" : cell;
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == dialect.delimiter() || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(text);
      return;
    }
    line.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
