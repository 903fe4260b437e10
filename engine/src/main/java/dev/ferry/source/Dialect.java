package dev.ferry.source;

/**
 * How a delimited file was written: its delimiter, whether it began with a byte-order mark, and its line
 * ending. Read from a file's first line, and used again to write rejected rows the way they came.
 */
public record Dialect(char delimiter, boolean bom, String lineEnding) {

  public static final Dialect COMMA_LF = new Dialect(',', false, "\n");

  public Dialect {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("cannot delimit with " + (int) delimiter);
    }
    if (!lineEnding.equals("\n") && !lineEnding.equals("\r\n") && !lineEnding.equals("\r")) {
      throw new IllegalArgumentException("not a line ending: " + lineEnding.codePoints().boxed().toList());
    }
  }
}
