package dev.ferry.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's header: the names as written, the canonical column names they read as (same order), and the
 * file's dialect. A name written twice (after normalising) keeps its name the first time and is {@code
 * name_2}, {@code name_3} after; a blank name is {@code column_N} by its 1-based position.
 */
public final class SourceHeader {

  private final String file;
  private final List<String> original;
  private final List<String> columns;
  private final Dialect dialect;
  private final Map<String, Integer> indexByColumn;
  private final List<String> renamed;

  public SourceHeader(String file, List<String> original, HeaderAliases aliases, Dialect dialect) {
    this.file = file;
    this.original = List.copyOf(original);
    this.dialect = dialect;
    List<String> names = new ArrayList<>(original.size());
    Map<String, Integer> index = new HashMap<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      String name = aliases.canonical(original.get(i));
      if (name.isEmpty()) {
        name = "column_" + (i + 1);
      }
      String unique = name;
      for (int n = 2; index.containsKey(unique); n++) {
        unique = name + "_" + n;
      }
      if (!unique.equals(name)) {
        notes.add("the header '" + original.get(i) + "' (column " + (i + 1) + ") reads as '" + name
            + "' like an earlier one; it is available as '" + unique + "'");
      }
      index.put(unique, i);
      names.add(unique);
    }
    this.columns = List.copyOf(names);
    this.indexByColumn = Map.copyOf(index);
    this.renamed = List.copyOf(notes);
  }

  public String file() {
    return file;
  }

  /** The header cells exactly as written. */
  public List<String> original() {
    return original;
  }

  /** The canonical column names, in file order. */
  public List<String> columns() {
    return columns;
  }

  public Dialect dialect() {
    return dialect;
  }

  public boolean has(String column) {
    return indexByColumn.containsKey(column);
  }

  /** The 0-based position of a canonical column, or -1. */
  public int indexOf(String column) {
    Integer index = indexByColumn.get(column);
    return index == null ? -1 : index;
  }

  /** Messages for names that had to be made unique. */
  List<String> renamed() {
    return renamed;
  }

  @Override
  public String toString() {
    return file + " " + columns;
  }
}
