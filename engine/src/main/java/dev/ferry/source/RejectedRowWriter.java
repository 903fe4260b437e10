package dev.ferry.source;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes rejected rows of one source file to a file that can be fixed and loaded again: the source's own
 * header and cells in its own dialect, plus {@link #COLUMNS}. Reading the fixed file back treats those as
 * extra columns, and writing a rejected row of it again replaces them rather than adding more.
 */
public final class RejectedRowWriter implements Closeable {

  /** The columns appended after the source's own. {@code ferry_raw} holds an unreadable row's text. */
  public static final List<String> COLUMNS =
      List.of("ferry_reason", "ferry_rule", "ferry_field", "ferry_source_line", "ferry_raw");

  /** The rule named in {@code ferry_rule} for a row that could not be read. */
  public static final String UNREADABLE_RULE = "unreadable_row";

  private final CsvWriter out;
  private final SourceHeader header;
  /** Positions of the source's own columns, without reason columns left from an earlier rejection. */
  private final int[] kept;
  private long rows;

  private RejectedRowWriter(CsvWriter out, SourceHeader header) throws IOException {
    this.out = out;
    this.header = header;
    List<Integer> keep = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.original().size(); i++) {
      if (!COLUMNS.contains(HeaderAliases.normalise(header.original().get(i)))) {
        keep.add(i);
        names.add(header.original().get(i));
      }
    }
    this.kept = keep.stream().mapToInt(Integer::intValue).toArray();
    names.addAll(COLUMNS);
    out.writeRow(names);
  }

  /** Creates (or replaces) {@code file}, writing the header now. */
  public static RejectedRowWriter create(Path file, SourceHeader header) throws IOException {
    return new RejectedRowWriter(CsvWriter.create(file, header.dialect()), header);
  }

  public void write(SourceRecord record, Rejection rejection) throws IOException {
    write(record, List.of(rejection));
  }

  /** One output row per record, however many reasons: loading the fixed file must not load it twice. */
  public void write(SourceRecord record, List<Rejection> rejections) throws IOException {
    List<String> cells = new ArrayList<>(kept.length + COLUMNS.size());
    for (int i : kept) {
      cells.add(record.cells().get(i));
    }
    cells.add(join(rejections, Rejection::reason));
    cells.add(join(rejections, Rejection::rule));
    cells.add(join(rejections, Rejection::field));
    cells.add(Long.toString(record.line()));
    cells.add("");
    out.writeRow(cells);
    rows++;
  }

  /** The source columns are left empty: the row's text, in {@code ferry_raw}, is what needs fixing. */
  public void write(UnreadableRow row) throws IOException {
    List<String> cells = new ArrayList<>(kept.length + COLUMNS.size());
    for (int i = 0; i < kept.length; i++) {
      cells.add("");
    }
    cells.add(row.reason());
    cells.add(UNREADABLE_RULE);
    cells.add("");
    cells.add(Long.toString(row.line()));
    cells.add(row.raw());
    out.writeRow(cells);
    rows++;
  }

  public SourceHeader header() {
    return header;
  }

  public long rows() {
    return rows;
  }

  private static String join(List<Rejection> rejections, Function<Rejection, String> part) {
    return rejections.stream().map(part).collect(Collectors.joining(" | "));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
