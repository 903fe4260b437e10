package dev.ferry.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of one delimited file, read one at a time: memory holds one row (and at most the lines of one
 * broken quote), whatever the file's size. Opening reads only the header. Rows that cannot be read come
 * out as {@link UnreadableRow}s in their place, and reading goes on.
 *
 * <p>Tolerated without fuss: a UTF-8 byte-order mark (UTF-16 too, by its mark), {@code ,} {@code ;} or tab
 * delimiters (the one used most outside quotes on the header line wins; a tie or none means {@code ,}),
 * CRLF, LF or CR line ends, blank lines anywhere (skipped, as are rows whose every cell is empty), and
 * bytes that are not UTF-8 (read as Windows-1252, with a warning).
 */
public final class RecordStream implements Iterator<ReadResult>, AutoCloseable {

  private final String file;
  private final Reader reader;
  private final LenientUtf8Reader utf8;
  private final PhysicalLines lines;
  private final RowScanner scanner;
  private final SourceHeader header;
  private final List<SourceWarning> warnings = new ArrayList<>();
  private ReadResult next;
  private long rows;
  private long emptyRows;
  private boolean done;

  private RecordStream(String file, InputStream input, HeaderAliases aliases) throws IOException {
    this.file = file;
    PushbackInputStream in = new PushbackInputStream(input, 3);
    byte[] head = in.readNBytes(3);
    int bom = byteOrderMark(head);
    in.unread(head, bom, head.length - bom);
    if (bom == 2) {
      this.utf8 = null;
      this.reader = new InputStreamReader(in, head[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    } else {
      this.utf8 = new LenientUtf8Reader(in);
      this.reader = utf8;
    }
    this.lines = new PhysicalLines(reader);
    PhysicalLines.Line first = lines.next();
    while (first != null && first.text().isBlank()) {
      first = lines.next();
    }
    if (first == null) {
      throw new SourceException(file, 0, file + " is empty: it needs a header line naming its columns");
    }
    Dialect dialect = new Dialect(sniffDelimiter(first.text()), bom > 0,
        first.terminator().isEmpty() ? "\n" : first.terminator());
    lines.pushBack(List.of(first));
    this.scanner = new RowScanner(lines, dialect.delimiter());
    RowScanner.Scanned headerRow = scanner.next();
    if (headerRow instanceof RowScanner.Broken broken) {
      throw new SourceException(file, broken.line(), file + " line " + broken.line() + ": the header cannot be read: "
          + broken.reason());
    }
    RowScanner.Row headerCells = (RowScanner.Row) headerRow;
    this.header = new SourceHeader(file, headerCells.cells(), aliases, dialect);
    header.renamed().forEach(note -> warnings.add(new SourceWarning(file, headerCells.line(), note)));
  }

  /**
   * Opens a stream over {@code input}, reading its header now and its rows as they are asked for. The
   * stream owns {@code input} and closes it.
   *
   * @throws SourceException when there is no header or it cannot be read
   */
  public static RecordStream open(String file, InputStream input, HeaderAliases aliases) {
    try {
      return new RecordStream(file, input, aliases);
    } catch (IOException e) {
      closeQuietly(input);
      throw new SourceException(file, 0, file + " cannot be read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(input);
      throw e;
    }
  }

  public SourceHeader header() {
    return header;
  }

  /** Warnings so far: renamed duplicate headers, and bytes read as Windows-1252 (once the stream is read). */
  public List<SourceWarning> warnings() {
    List<SourceWarning> all = new ArrayList<>(warnings);
    if (utf8 != null && utf8.fallbackBytes() > 0) {
      all.add(new SourceWarning(file, utf8.firstFallbackLine(), utf8.fallbackBytes()
          + " byte(s) were not UTF-8 and were read as Windows-1252, starting on this line; save the export as UTF-8"
          + " if letters look wrong"));
    }
    return List.copyOf(all);
  }

  /** Blank lines and all-empty rows skipped so far. */
  public long skippedEmptyRows() {
    return scanner.blankLines() + emptyRows;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = read();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException(file + " has no more rows");
    }
    ReadResult result = next;
    next = null;
    return result;
  }

  private ReadResult read() {
    try {
      while (true) {
        RowScanner.Scanned scanned = scanner.next();
        if (scanned == null) {
          return null;
        }
        if (scanned instanceof RowScanner.Broken broken) {
          return new UnreadableRow(file, broken.line(), ++rows, broken.raw(), broken.reason());
        }
        RowScanner.Row row = (RowScanner.Row) scanned;
        if (row.cells().stream().allMatch(String::isEmpty)) {
          emptyRows++;
          continue;
        }
        if (row.cells().size() != header.columns().size()) {
          return new UnreadableRow(file, row.line(), ++rows, row.raw(), "expected " + header.columns().size()
              + " columns as in the header, found " + row.cells().size());
        }
        return new SourceRecord(header, row.line(), ++rows, row.cells());
      }
    } catch (IOException e) {
      throw new SourceException(file, 0, file + " cannot be read after row " + rows + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    closeQuietly(reader);
  }

  /** The number of BOM bytes: 3 for UTF-8, 2 for UTF-16 (either order), else 0. */
  private static int byteOrderMark(byte[] head) {
    if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
      return 3;
    }
    if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
      return 2;
    }
    return 0;
  }

  private static char sniffDelimiter(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas && tabs > semicolons ? '\t' : ',';
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Closing after reading is done, or after a failure already being reported: nothing to add.
    }
  }
}
