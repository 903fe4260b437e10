package dev.ferry.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The physical lines of a text, numbered from 1, each with the terminator it had ({@code \r\n}, {@code \n},
 * {@code \r}, or nothing at the end). Lines can be pushed back, so the row scanner can give up on a broken
 * quote and read the same lines again as rows of their own.
 */
final class PhysicalLines {

  /** A line longer than this is cut and reported unreadable: it bounds the memory one line can take. */
  static final int MAX_LINE_CHARS = 1 << 20;

  record Line(long number, String text, String terminator, boolean overlong) {}

  private final Reader reader;
  private final char[] buffer = new char[8 * 1024];
  private int pos;
  private int limit;
  private boolean eof;
  private long nextNumber = 1;
  private final Deque<Line> pushedBack = new ArrayDeque<>();

  PhysicalLines(Reader reader) {
    this.reader = reader;
  }

  /** The next line, or null at the end. */
  Line next() throws IOException {
    if (!pushedBack.isEmpty()) {
      return pushedBack.pop();
    }
    if (!available()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    boolean overlong = false;
    while (available()) {
      int start = pos;
      while (pos < limit && buffer[pos] != '\n' && buffer[pos] != '\r') {
        pos++;
      }
      int room = MAX_LINE_CHARS - text.length();
      overlong |= pos - start > room;
      text.append(buffer, start, Math.min(pos - start, room));
      if (pos == limit) {
        continue;
      }
      if (buffer[pos++] == '\n') {
        return line(text, "\n", overlong);
      }
      if (available() && buffer[pos] == '\n') {
        pos++;
        return line(text, "\r\n", overlong);
      }
      return line(text, "\r", overlong);
    }
    return line(text, "", overlong);
  }

  /** Makes these lines (in this order) the next ones returned. */
  void pushBack(List<Line> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      pushedBack.push(lines.get(i));
    }
  }

  private Line line(StringBuilder text, String terminator, boolean overlong) {
    return new Line(nextNumber++, text.toString(), terminator, overlong);
  }

  private boolean available() throws IOException {
    if (pos < limit) {
      return true;
    }
    if (eof) {
      return false;
    }
    int read = reader.read(buffer, 0, buffer.length);
    if (read <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = read;
    return true;
  }
}
