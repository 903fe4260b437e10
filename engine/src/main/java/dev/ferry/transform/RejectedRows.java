package dev.ferry.transform;

import dev.ferry.source.CsvWriter;
import dev.ferry.source.Dialect;
import dev.ferry.source.ReadResult;
import dev.ferry.source.RejectedRowWriter;
import dev.ferry.source.Rejection;
import dev.ferry.source.SourceHeader;
import dev.ferry.source.SourceRecord;
import dev.ferry.source.UnreadableRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows that did not make it, written twice: each under {@code <name>/<source file>} in the source's own
 * header and dialect with the reasons appended (fix the file and load it again), and all of them in the
 * index {@code <name>.csv}. The dry run and a real run write their transform rejections as {@code rejected};
 * a run writes the records the destination refused as {@code errors}.
 */
public final class RejectedRows implements AutoCloseable {

  /** Called with each file before it is first written, e.g. to make it readable by its owner only. */
  @FunctionalInterface
  public interface FileGuard {
    void prepare(Path file) throws IOException;
  }

  private final Path folder;
  private final FileGuard guard;
  private final CsvWriter index;
  private final Map<String, RejectedRowWriter> writers = new LinkedHashMap<>();
  private long rows;

  public RejectedRows(Path out, String name) throws IOException {
    this(out, name, file -> { });
  }

  public RejectedRows(Path out, String name, FileGuard guard) throws IOException {
    this.folder = out.resolve(name);
    this.guard = guard;
    Path indexFile = out.resolve(name + ".csv");
    guard.prepare(indexFile);
    this.index = CsvWriter.create(indexFile, Dialect.COMMA_LF);
    index.writeRow(List.of("object", "source_file", "source_line", "key", "rules", "reasons"));
  }

  /** Writes one row that did not make it; {@code header} is the header of the file it came from. */
  public void write(SourceHeader header, String objectId, String key, ReadResult row, List<Rejection> reasons)
      throws IOException {
    RejectedRowWriter writer = writer(header);
    if (row instanceof SourceRecord record) {
      writer.write(record, reasons);
    } else {
      writer.write((UnreadableRow) row);
    }
    index.writeRow(List.of(
        objectId,
        row.file(),
        Long.toString(row.line()),
        key == null ? "" : key,
        reasons.stream().map(Rejection::rule).collect(Collectors.joining(" | ")),
        reasons.stream().map(Rejection::reason).collect(Collectors.joining(" | "))));
    rows++;
  }

  public void write(SourceHeader header, Outcome.Rejected rejected) throws IOException {
    write(header, rejected.objectId(), rejected.key(), rejected.row(), rejected.reasons());
  }

  public long rows() {
    return rows;
  }

  private RejectedRowWriter writer(SourceHeader header) throws IOException {
    RejectedRowWriter writer = writers.get(header.file());
    if (writer == null) {
      Files.createDirectories(folder);
      Path file = folder.resolve(header.file());
      guard.prepare(file);
      writer = RejectedRowWriter.create(file, header);
      writers.put(header.file(), writer);
    }
    return writer;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (RejectedRowWriter writer : writers.values()) {
      try {
        writer.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    index.close();
    if (first != null) {
      throw first;
    }
  }
}
