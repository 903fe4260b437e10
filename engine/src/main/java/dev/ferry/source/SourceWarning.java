package dev.ferry.source;

/** Something read that worked but the analyst should know about, such as bytes that were not UTF-8. */
public record SourceWarning(String file, long line, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
