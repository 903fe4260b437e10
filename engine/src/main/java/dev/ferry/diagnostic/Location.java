package dev.ferry.diagnostic;

/**
 * Where something sits in a file: 1-based line and column, and the JSON pointer of the YAML node
 * (empty for the document root, or when the problem is not tied to a node, e.g. a syntax error).
 */
public record Location(String file, int line, int column, String pointer) {

  public Location {
    if (file == null) {
      throw new IllegalArgumentException("a location needs a file");
    }
    pointer = pointer == null ? "" : pointer;
  }

  /** The start of a file, for problems that concern it as a whole (it cannot be read, it is empty). */
  public static Location ofFile(String file) {
    return new Location(file, 1, 1, "");
  }

  /** The same place, moved right by {@code columns}: for positions inside a scalar such as an expression. */
  public Location shiftedBy(int lines, int columns) {
    return new Location(file, line + lines, lines == 0 ? column + columns : columns, pointer);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
