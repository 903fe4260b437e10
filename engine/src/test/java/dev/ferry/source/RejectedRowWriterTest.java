package dev.ferry.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedRowWriterTest {

  @TempDir
  Path dir;

  @Test
  void writesRowsBackAsTheyCameWithReasonsInTheSourceDialect() throws IOException {
    String source = "\uFEFFEmployee ID;Note;Score\r\n"
        + "1;\"a; b\";n/a\r\n"
        + "2;oops\r\n"
        + "3;\"two\nlines\"; 7 \r\n";
    Files.writeString(dir.resolve("employees.csv"), source);
    ExportBundle bundle = ExportBundle.open(dir);
    Path out = dir.resolve("rejected-employees.csv");
    try (RecordStream stream = bundle.open("employees", HeaderAliases.none());
        RejectedRowWriter writer = RejectedRowWriter.create(out, stream.header())) {
      while (stream.hasNext()) {
        ReadResult result = stream.next();
        if (result instanceof UnreadableRow row) {
          writer.write(row);
        } else if (result instanceof SourceRecord record && record.row() == 1) {
          writer.write(record, new Rejection("invalid_value", "score", "'n/a' is not a number"));
        } else if (result instanceof SourceRecord record) {
          writer.write(record, List.of(new Rejection("a", "note", "first"), new Rejection("b", "score", "second")));
        }
      }
      assertEquals(3, writer.rows());
    }
    assertEquals("\uFEFFEmployee ID;Note;Score;ferry_reason;ferry_rule;ferry_field;ferry_source_line;ferry_raw\r\n"
        + "1;\"a; b\";n/a;'n/a' is not a number;invalid_value;score;2;\r\n"
        + ";;;expected 3 columns as in the header, found 2;unreadable_row;;3;\"2;oops\"\r\n"
        + "3;\"two\nlines\"; 7 ;first | second;a | b;note | score;4;\r\n",
        Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void aFixedRejectedFileLoadsAgainAndIsNotGivenReasonColumnsTwice() throws IOException {
    Files.writeString(dir.resolve("rejected.csv"),
        "id,name,ferry_reason,ferry_rule,ferry_field,ferry_source_line,ferry_raw\n1,Ann,old,r,f,9,\n");
    ExportBundle bundle = ExportBundle.open(dir);
    Path again = dir.resolve("again.csv");
    List<SourceRecord> records = new ArrayList<>();
    try (RecordStream stream = bundle.open("rejected", HeaderAliases.none());
        RejectedRowWriter writer = RejectedRowWriter.create(again, stream.header())) {
      stream.forEachRemaining(r -> records.add((SourceRecord) r));
      assertEquals("Ann", records.get(0).get("name"));
      writer.write(records.get(0), new Rejection("new", "name", "still wrong"));
    }
    assertEquals("id,name,ferry_reason,ferry_rule,ferry_field,ferry_source_line,ferry_raw\n"
        + "1,Ann,still wrong,new,name,2,\n", Files.readString(again));
  }
}
