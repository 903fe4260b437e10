package dev.ferry.load;

import dev.ferry.diagnostic.Location;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * The position index of a loaded map: JSON pointer to the place of the node's value, and of its key
 * when it is a mapping entry. Unknown pointers fall back to the nearest ancestor that is known.
 */
public final class NodePositions {

  private final String file;
  private final Map<String, Location> values = new HashMap<>();
  private final Map<String, Location> keys = new HashMap<>();
  private final Map<String, ScalarStyle> styles = new HashMap<>();
  private final java.util.Set<String> blockCollections = new java.util.HashSet<>();

  NodePositions(String file) {
    this.file = file;
  }

  void recordValue(String pointer, int line, int column, ScalarStyle style) {
    values.put(pointer, new Location(file, line, column, pointer));
    if (style != null) {
      styles.put(pointer, style);
    }
  }

  /** Marks a mapping or list written in block style, whose value starts on the line after its key. */
  void recordBlockCollection(String pointer) {
    blockCollections.add(pointer);
  }

  void recordKey(String pointer, int line, int column) {
    keys.put(pointer, new Location(file, line, column, pointer));
  }

  public String file() {
    return file;
  }

  /** Where the value at {@code pointer} starts, or the nearest known ancestor's place. */
  public Location valueAt(String pointer) {
    for (String p = pointer; ; p = parent(p)) {
      Location found = values.get(p);
      if (found != null) {
        return p.equals(pointer) ? found : new Location(file, found.line(), found.column(), pointer);
      }
      if (p.isEmpty()) {
        return new Location(file, 1, 1, pointer);
      }
    }
  }

  /**
   * The place a reader looks for the node at {@code pointer}: its key when it is a block mapping or list
   * (whose value starts a line later), its value otherwise.
   */
  public Location placeOf(String pointer) {
    return blockCollections.contains(pointer) ? keyAt(pointer) : valueAt(pointer);
  }

  /** Where the key of the entry at {@code pointer} is written; the value's place when it has no key. */
  public Location keyAt(String pointer) {
    Location key = keys.get(pointer);
    return key != null ? key : valueAt(pointer);
  }

  /**
   * The place of character {@code offset} inside the scalar at {@code pointer}, so a problem inside an
   * expression points at the token, not at the start of the line. Exact for plain and quoted scalars on
   * one line; for block scalars it points at the line the offset falls on.
   */
  public Location insideScalar(String pointer, String text, int offset) {
    Location start = valueAt(pointer);
    ScalarStyle style = styles.getOrDefault(pointer, ScalarStyle.PLAIN);
    int clamped = Math.max(0, Math.min(offset, text.length()));
    return switch (style) {
      case PLAIN -> start.shiftedBy(0, clamped);
      case SINGLE_QUOTED, DOUBLE_QUOTED -> start.shiftedBy(0, clamped + 1);
      default -> {
        String before = text.substring(0, clamped);
        int lines = (int) before.chars().filter(c -> c == '\n').count();
        int sinceNewline = before.length() - (before.lastIndexOf('\n') + 1);
        // A block scalar's text starts on the line after its indicator, indented (by convention two
        // columns) past its key; the YAML does not keep the indent, so this is the usual place.
        int indent = keyAt(pointer).column() + 2;
        yield new Location(file, start.line() + 1 + lines, indent + sinceNewline, pointer);
      }
    };
  }

  /** The pointer of the node that holds {@code pointer}'s node; the root's parent is the root. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** Appends one reference token to a JSON pointer, escaping as RFC 6901 says. */
  public static String child(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
