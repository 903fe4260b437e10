package dev.ferry.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An export folder: one delimited file per source object ({@code employees.csv} is the object {@code
 * employees}), plus whatever else the source wrote beside them ({@code workflows.json}). File names match
 * case-insensitively, because exports get renamed by hand.
 */
public final class ExportBundle {

  private final Path dir;
  /** Lower-case object name to its file. */
  private final Map<String, Path> files;

  private ExportBundle(Path dir, Map<String, Path> files) {
    this.dir = dir;
    this.files = files;
  }

  /** Lists the folder's files; reads none of them. */
  public static ExportBundle open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new SourceException(dir.toString(), 0, "the export folder " + dir + " does not exist or is not a folder");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      Map<String, Path> files = new TreeMap<>();
      entries.filter(Files::isRegularFile).forEach(file -> {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
          files.putIfAbsent(name.toLowerCase(Locale.ROOT), file);
        }
      });
      return new ExportBundle(dir, files);
    } catch (IOException e) {
      throw new SourceException(dir.toString(), 0, "the export folder " + dir + " cannot be listed: " + e.getMessage(), e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** The objects with a {@code .csv} file, by lower-case name, sorted. */
  public List<String> objects() {
    return files.keySet().stream()
        .filter(name -> name.endsWith(".csv"))
        .map(name -> name.substring(0, name.length() - 4))
        .toList();
  }

  public boolean has(String object) {
    return files.containsKey(csvName(object));
  }

  /** The path of a file in the folder, e.g. {@code workflows.json}, matched case-insensitively. */
  public Path file(String fileName) {
    Path file = files.get(fileName.toLowerCase(Locale.ROOT));
    if (file == null) {
      String present = files.values().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
      throw new SourceException(dir.resolve(fileName).toString(), 0, "the export folder " + dir + " has no "
          + fileName + " (it has: " + (present.isEmpty() ? "no files" : present) + ")");
    }
    return file;
  }

  /** The header of an object's file, without aliases: reads its first row only. */
  public SourceHeader header(String object) {
    return header(object, HeaderAliases.none());
  }

  /** The header of an object's file: reads its first row only. */
  public SourceHeader header(String object, HeaderAliases aliases) {
    try (RecordStream stream = open(object, aliases)) {
      return stream.header();
    }
  }

  /** Streams an object's rows, without aliases. Close the stream when done. */
  public RecordStream open(String object) {
    return open(object, HeaderAliases.none());
  }

  /** Streams an object's rows. Close the stream when done. */
  public RecordStream open(String object, HeaderAliases aliases) {
    Path file = file(csvName(object));
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new SourceException(file.toString(), 0, file + " cannot be opened: " + e.getMessage(), e);
    }
    return RecordStream.open(file.getFileName().toString(), in, aliases);
  }

  private static String csvName(String object) {
    return object.toLowerCase(Locale.ROOT) + ".csv";
  }

  @Override
  public String toString() {
    return "ExportBundle" + objects() + " in " + dir;
  }
}
