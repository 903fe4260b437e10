package dev.ferry.source;

import static dev.ferry.source.Rows.all;
import static dev.ferry.source.Rows.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordStreamTest {

  @Test
  void readsBomSemicolonsAndCrlf() {
    RecordStream stream = Rows.stream("\uFEFFid;Name\r\n1;Søren\r\n2;Åse\r\n", HeaderAliases.none());
    assertEquals(new Dialect(';', true, "\r\n"), stream.header().dialect());
    assertEquals(List.of("id", "name"), stream.header().columns());
    List<ReadResult> rows = all(stream);
    assertEquals(2, rows.size());
    assertEquals(Map.of("id", "1", "name", "Søren"), record(rows.get(0)).values());
    assertEquals("Åse", record(rows.get(1)).get("name"));
    assertEquals(3, rows.get(1).line());
    assertEquals(2, rows.get(1).row());
  }

  @Test
  void sniffsCommaWhenTheHeaderHasMoreCommas() {
    RecordStream stream = Rows.stream("id,name,\"a;b\"\n1,x,y\n", HeaderAliases.none());
    assertEquals(new Dialect(',', false, "\n"), stream.header().dialect());
    assertEquals(List.of("id", "name", "a_b"), stream.header().columns());
    assertEquals(List.of("1", "x", "y"), record(all(stream).get(0)).cells());
  }

  @Test
  void quotedFieldsHoldDelimitersQuotesAndNewlines() {
    String text = "id,note,n\n"
        + "1,\"a, b\",x\n"
        + "2,\"she said \"\"hi\"\"\",y\n"
        + "3,\"two\r\nlines\nthree\",z\n"
        + "4, \"spaced\" ,w\n"
        + "5,,\"\"\n";
    List<ReadResult> rows = all(text);
    assertEquals(5, rows.size());
    assertEquals("a, b", record(rows.get(0)).get("note"));
    assertEquals("she said \"hi\"", record(rows.get(1)).get("note"));
    assertEquals("two\r\nlines\nthree", record(rows.get(2)).get("note"));
    assertEquals(4, rows.get(2).line());
    assertEquals(7, rows.get(3).line(), "the row after a three-line row starts three lines later");
    assertEquals(4, rows.get(3).row());
    assertEquals("spaced", record(rows.get(3)).get("note"));
    assertEquals(List.of("5", "", ""), record(rows.get(4)).cells());
  }

  @Test
  void normalisesHeaderVariantsAndKeepsExtraColumns() {
    String text = "Employee ID, EMAIL ,Engagement Score,engagementScore2,First-Name,Favourite colour,data1,Shift pattern\n"
        + "E1,a@b.example,72,1,Mette,blue,4711,Night\n";
    HeaderAliases aliases = HeaderAliases.none()
        .with("employee_number", "data1", "Employee number")
        .with("shift_pattern", "data2", "Shift pattern");
    RecordStream stream = Rows.stream(text, aliases);
    assertEquals(List.of("employee_id", "email", "engagement_score", "engagement_score2", "first_name",
        "favourite_colour", "employee_number", "shift_pattern"), stream.header().columns());
    SourceRecord record = record(all(stream).get(0));
    assertEquals("4711", record.get("employee_number"));
    assertEquals("blue", record.get("favourite_colour"));
    assertEquals(List.of("Employee ID", " EMAIL ", "Engagement Score", "engagementScore2", "First-Name",
        "Favourite colour", "data1", "Shift pattern"), record.originalHeader());
    assertNull(record.get("phone"));
    assertFalse(record.has("phone"));
  }

  @Test
  void labelAliasesWorkToo() {
    HeaderAliases aliases = HeaderAliases.of(Map.of("employee_number", List.of("data1", "Employee number")));
    assertEquals(List.of("employee_number"), Rows.stream("Employee number\n1\n", aliases).header().columns());
    assertEquals(List.of("employee_number"), Rows.stream("DATA1\n1\n", aliases).header().columns());
  }

  @Test
  void duplicateAndBlankHeadersGetUniqueNames() {
    RecordStream stream = Rows.stream("email,Email,,x\n1,2,3,4\n", HeaderAliases.none());
    assertEquals(List.of("email", "email_2", "column_3", "x"), stream.header().columns());
    assertEquals(1, stream.warnings().size());
    assertTrue(stream.warnings().get(0).message().contains("available as 'email_2'"), stream.warnings().toString());
  }

  @Test
  void skipsBlankLinesAndEmptyRowsButCountsLines() {
    String text = "\n\nid;name\n\n1;a\n   \n;\n2;b\n\n";
    RecordStream stream = Rows.stream(text, HeaderAliases.none());
    List<ReadResult> rows = all(stream);
    assertEquals(2, rows.size());
    assertEquals(5, rows.get(0).line());
    assertEquals(1, rows.get(0).row());
    assertEquals(8, rows.get(1).line());
    assertEquals(2, rows.get(1).row());
    assertEquals(4, stream.skippedEmptyRows());
  }

  @Test
  void keepsCellsRawEmptyAsEmptyAndSpacesKept() {
    SourceRecord record = record(all("a,b,c\n, x ,\n").get(0));
    assertEquals(List.of("", " x ", ""), record.cells());
  }

  @Test
  void readsALastLineWithoutALineEndAndLoneCarriageReturns() {
    List<ReadResult> rows = all("a,b\r1,2\r3,4");
    assertEquals(2, rows.size());
    assertEquals(List.of("3", "4"), record(rows.get(1)).cells());
    assertEquals(3, rows.get(1).line());
  }

  @Test
  void anEmptyFileHasNoHeader() {
    SourceException e = assertThrows(SourceException.class, () -> Rows.stream("\n \n", HeaderAliases.none()));
    assertEquals("test.csv is empty: it needs a header line naming its columns", e.getMessage());
    assertEquals(List.of(), all("a,b\n"));
  }

  @Test
  void aBrokenHeaderStopsTheFile() {
    SourceException e = assertThrows(SourceException.class, () -> Rows.stream("a,b\"c\n1,2\n", HeaderAliases.none()));
    assertEquals("test.csv line 1: the header cannot be read: a stray quote inside unquoted column 2", e.getMessage());
    assertEquals(1, e.line());
  }

  @Test
  void readsWindows1252BytesAsTextWithAWarning() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("id;name\n1;Jens\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("2;Søren Ærø – Ålborg\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    bytes.writeBytes("3;Bjørn\n".getBytes(StandardCharsets.UTF_8));
    RecordStream stream = Rows.stream(bytes.toByteArray(), HeaderAliases.none());
    List<ReadResult> rows = all(stream);
    assertEquals("Søren Ærø – Ålborg", record(rows.get(1)).get("name"));
    assertEquals("Bjørn", record(rows.get(2)).get("name"));
    assertEquals(1, stream.warnings().size());
    SourceWarning warning = stream.warnings().get(0);
    assertEquals(3, warning.line());
    assertTrue(warning.message().startsWith("5 byte(s) were not UTF-8 and were read as Windows-1252"), warning.message());
  }

  @Test
  void readsUtf8AcrossBufferBoundariesAndFourByteCharacters() {
    StringBuilder text = new StringBuilder("id,name\n");
    for (int i = 0; i < 5000; i++) {
      text.append(i).append(",æøå😀\n");
    }
    RecordStream stream = Rows.stream(text.toString(), HeaderAliases.none());
    List<ReadResult> rows = all(stream);
    assertEquals(5000, rows.size());
    assertTrue(rows.stream().allMatch(r -> record(r).get("name").equals("æøå😀")));
    assertEquals(List.of(), stream.warnings());
  }

  @Test
  void readsUtf16WithItsMarkAndTabs() {
    byte[] bytes = "\uFEFFid\tname\r\n1\tSøren\r\n".getBytes(StandardCharsets.UTF_16LE);
    RecordStream stream = Rows.stream(bytes, HeaderAliases.none());
    assertEquals(new Dialect('\t', true, "\r\n"), stream.header().dialect());
    assertEquals("Søren", record(all(stream).get(0)).get("name"));
  }
}
