package dev.ferry.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.source.CsvWriter;
import dev.ferry.source.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log, written out: every destination operation with its time, run, object, source key,
 * destination id and outcome, oldest first. JSON Lines for tools, CSV for spreadsheets.
 */
public final class AuditLog {

  /** The formats {@code ferry log} writes. */
  public enum Format {
    JSONL,
    CSV
  }

  static final List<String> COLUMNS = List.of("seq", "time", "run", "object", "key", "module", "operation",
      "destination_id", "outcome", "detail");

  private static final ObjectMapper JSON = JournalJson.MAPPER.copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private AuditLog() {}

  /** @return the number of events written */
  public static long write(Journal journal, Optional<Integer> run, Format format, Writer out) throws IOException {
    long[] written = {0};
    try {
      if (format == Format.CSV) {
        CsvWriter csv = new CsvWriter(out, Dialect.COMMA_LF);
        csv.writeRow(COLUMNS);
        journal.forEachEvent(run, event -> {
          row(csv, event);
          written[0]++;
        });
        csv.flush();
      } else {
        journal.forEachEvent(run, event -> {
          line(out, event);
          written[0]++;
        });
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return written[0];
  }

  /** The event's values in {@link #COLUMNS} order, so both formats name them alike. */
  private static List<Object> values(AuditEvent event) {
    return java.util.Arrays.asList(event.seq(), event.at().toString(), event.run(), event.object(), event.key(),
        event.module(), event.operation(), event.destinationId(), event.outcome(), event.detail());
  }

  private static void row(CsvWriter csv, AuditEvent event) {
    try {
      csv.writeRow(values(event).stream().map(v -> v == null ? "" : v.toString()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(Writer out, AuditEvent event) {
    Map<String, Object> fields = new LinkedHashMap<>();
    List<Object> values = values(event);
    for (int i = 0; i < COLUMNS.size(); i++) {
      fields.put(COLUMNS.get(i), values.get(i));
    }
    try {
      JSON.writeValue(out, fields);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
