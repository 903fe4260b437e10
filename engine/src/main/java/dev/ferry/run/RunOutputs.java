package dev.ferry.run;

import dev.ferry.journal.OwnerOnly;
import dev.ferry.source.CsvWriter;
import dev.ferry.source.Dialect;
import dev.ferry.source.ReadResult;
import dev.ferry.source.Rejection;
import dev.ferry.source.SourceHeader;
import dev.ferry.transform.Outcome;
import dev.ferry.transform.RejectedRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files a run leaves for the analyst, as Salesforce Data Loader users expect them: {@code success.csv}
 * (each migrated record's source key and destination id), {@code errors.csv} and {@code errors/} (records
 * the destination refused: the original row plus the reason, loadable again), and {@code rejected.csv} and
 * {@code rejected/} (records the transform rejected, as the dry run writes them). All readable by the owner
 * only. A resumed run rewrites them for the whole run.
 */
final class RunOutputs implements AutoCloseable {

  /** The rule name an error row carries when the destination refused the record. */
  static final String REFUSED_RULE = "destination_refused";

  private final Path out;
  private final CsvWriter success;
  private final RejectedRows rejected;
  private final RejectedRows errors;
  private long successRows;

  RunOutputs(Path out) throws IOException {
    this.out = out;
    OwnerOnly.createDirectories(out);
    OwnerOnly.createDirectories(out.resolve("rejected"));
    OwnerOnly.createDirectories(out.resolve("errors"));
    RejectedRows.FileGuard ownerOnly = OwnerOnly::createFile;
    OwnerOnly.createFile(out.resolve("success.csv"));
    this.success = CsvWriter.create(out.resolve("success.csv"), Dialect.COMMA_LF);
    success.writeRow(List.of("object", "key", "module", "destination_id", "status"));
    this.rejected = new RejectedRows(out, "rejected", ownerOnly);
    this.errors = new RejectedRows(out, "errors", ownerOnly);
  }

  Path folder() {
    return out;
  }

  void success(String object, String key, String module, long destinationId, String status) throws IOException {
    success.writeRow(List.of(object, key, module, Long.toString(destinationId), status));
    successRows++;
  }

  void rejected(SourceHeader header, Outcome.Rejected rejection) throws IOException {
    rejected.write(header, rejection);
  }

  void error(SourceHeader header, String object, String key, ReadResult row, String reason) throws IOException {
    errors.write(header, object, key, row, List.of(new Rejection(REFUSED_RULE, "", reason)));
  }

  long errorRows() {
    return errors.rows();
  }

  long successRows() {
    return successRows;
  }

  void flush() throws IOException {
    success.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      success.close();
      rejected.close();
    } finally {
      errors.close();
    }
  }
}
