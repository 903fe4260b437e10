package dev.ferry.source;

/**
 * A file that cannot be read at all: missing, without a header, or failing underneath. Rows that cannot
 * be read are not exceptions but {@link UnreadableRow} values, and reading goes on past them.
 */
public final class SourceException extends RuntimeException {

  private final String file;
  private final long line;

  public SourceException(String file, long line, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
  }

  public SourceException(String file, long line, String message) {
    this(file, line, message, null);
  }

  /** The file's name or path. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem is not on a line. */
  public long line() {
    return line;
  }
}
