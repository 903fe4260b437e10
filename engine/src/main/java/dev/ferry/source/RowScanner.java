package dev.ferry.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits physical lines into delimited rows (RFC 4180 quoting, leniently) and recovers from broken ones.
 *
 * <p>The recovery rule: a quoted field may run over at most {@link #MAX_ROW_LINES} physical lines and
 * {@link #MAX_ROW_CHARS} characters. A row that parses is consumed whole, however many lines it spans. A
 * row that does not parse (a stray quote, text after a closing quote, a quote that never closes within the
 * bounds or before the end) is reported on its first line only, and reading starts again on the line after
 * it: one broken quote costs one line, not the rest of the file.
 */
final class RowScanner {

  static final int MAX_ROW_LINES = 100;
  static final int MAX_ROW_CHARS = 1 << 20;

  sealed interface Scanned permits Row, Broken {}

  /** A row that parsed; {@code raw} is its text as it stood, inner line ends included. */
  record Row(long line, List<String> cells, String raw) implements Scanned {}

  record Broken(long line, String raw, String reason) implements Scanned {}

  /** Why a row did not parse; thrown and caught inside {@link #scan} only. */
  private static final class Unparsable extends Exception {
    Unparsable(String reason) {
      super(reason, null, false, false);
    }
  }

  private final PhysicalLines lines;
  private final char delimiter;
  private long blankLines;

  RowScanner(PhysicalLines lines, char delimiter) {
    this.lines = lines;
    this.delimiter = delimiter;
  }

  long blankLines() {
    return blankLines;
  }

  /** The next non-blank row, or null at the end. */
  Scanned next() throws IOException {
    PhysicalLines.Line first = lines.next();
    while (first != null && first.text().isBlank() && !first.overlong()) {
      blankLines++;
      first = lines.next();
    }
    if (first == null) {
      return null;
    }
    if (first.overlong()) {
      return new Broken(first.number(), first.text().substring(0, 200) + "...",
          "the line is longer than " + PhysicalLines.MAX_LINE_CHARS + " characters");
    }
    List<PhysicalLines.Line> consumed = new ArrayList<>(1);
    consumed.add(first);
    try {
      List<String> cells = scan(consumed);
      return new Row(first.number(), cells, raw(consumed));
    } catch (Unparsable e) {
      lines.pushBack(consumed.subList(1, consumed.size()));
      return new Broken(first.number(), first.text(), e.getMessage());
    }
  }

  private List<String> scan(List<PhysicalLines.Line> consumed) throws IOException, Unparsable {
    List<String> cells = new ArrayList<>();
    String text = consumed.get(0).text();
    int i = 0;
    int rowChars = text.length();
    while (true) {
      int column = cells.size() + 1;
      int j = i;
      while (j < text.length() && text.charAt(j) == ' ' && delimiter != ' ') {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '"') {
        StringBuilder cell = new StringBuilder();
        i = j + 1;
        while (true) {
          if (i >= text.length()) {
            PhysicalLines.Line current = consumed.get(consumed.size() - 1);
            PhysicalLines.Line next = consumed.size() < MAX_ROW_LINES ? lines.next() : null;
            if (next == null && consumed.size() < MAX_ROW_LINES) {
              throw new Unparsable("the quote opening column " + column + " is never closed before the end of the file");
            }
            if (next == null || next.overlong() || rowChars + next.text().length() > MAX_ROW_CHARS) {
              if (next != null) {
                consumed.add(next);
              }
              throw new Unparsable("the quote opening column " + column + " is not closed within " + MAX_ROW_LINES
                  + " lines or " + MAX_ROW_CHARS + " characters");
            }
            consumed.add(next);
            cell.append(current.terminator());
            text = next.text();
            rowChars += text.length();
            i = 0;
            continue;
          }
          char c = text.charAt(i);
          if (c != '"') {
            cell.append(c);
            i++;
          } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
          } else {
            i++;
            break;
          }
        }
        while (i < text.length() && text.charAt(i) == ' ' && delimiter != ' ') {
          i++;
        }
        cells.add(cell.toString());
        if (i >= text.length()) {
          return cells;
        }
        if (text.charAt(i) != delimiter) {
          throw new Unparsable("unexpected " + describe(text.charAt(i)) + " after the closing quote of column "
              + column + (consumed.size() > 1 ? " (on line " + consumed.get(consumed.size() - 1).number() + ")" : ""));
        }
        i++;
      } else {
        int end = text.indexOf(delimiter, i);
        if (end < 0) {
          end = text.length();
        }
        int quote = text.indexOf('"', i);
        if (quote >= 0 && quote < end) {
          throw new Unparsable("a stray quote inside unquoted column " + column
              + (consumed.size() > 1 ? " (on line " + consumed.get(consumed.size() - 1).number() + ")" : ""));
        }
        cells.add(text.substring(i, end));
        if (end >= text.length()) {
          return cells;
        }
        i = end + 1;
      }
    }
  }

  private static String describe(char c) {
    return c == '\t' ? "a tab" : "'" + c + "'";
  }

  private static String raw(List<PhysicalLines.Line> consumed) {
    if (consumed.size() == 1) {
      return consumed.get(0).text();
    }
    StringBuilder raw = new StringBuilder();
    for (int k = 0; k < consumed.size(); k++) {
      if (k > 0) {
        raw.append(consumed.get(k - 1).terminator());
      }
      raw.append(consumed.get(k).text());
    }
    return raw.toString();
  }
}
