package dev.ferry.journal;

/**
 * The journal file cannot be used: unreadable, written by an unknown format, or failing to write. Record-level
 * problems are never this: they are outcomes the journal records.
 */
public final class JournalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JournalException(String message) {
    super(message);
  }

  public JournalException(String message, Throwable cause) {
    super(message, cause);
  }
}
