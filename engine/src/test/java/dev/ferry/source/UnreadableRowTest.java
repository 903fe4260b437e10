package dev.ferry.source;

import static dev.ferry.source.Rows.all;
import static dev.ferry.source.Rows.record;
import static dev.ferry.source.Rows.unreadable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows that cannot be read become values in their place, with their line, and reading goes on. */
class UnreadableRowTest {

  @Test
  void wrongColumnCountsAreUnreadableAndReadingGoesOn() {
    List<ReadResult> rows = all("id;name;city\n1;a;x\n2;b\n3;c;y;extra\n4;d;z\n");
    assertEquals(4, rows.size());
    UnreadableRow tooFew = unreadable(rows.get(1));
    assertEquals(new UnreadableRow("test.csv", 3, 2, "2;b", "expected 3 columns as in the header, found 2"), tooFew);
    UnreadableRow tooMany = unreadable(rows.get(2));
    assertEquals(4, tooMany.line());
    assertEquals("3;c;y;extra", tooMany.raw());
    assertEquals("expected 3 columns as in the header, found 4", tooMany.reason());
    assertEquals(List.of("4", "d", "z"), record(rows.get(3)).cells());
    assertEquals(4, rows.get(3).row());
  }

  @Test
  void aMultiLineRowWithTheWrongCountIsOneUnreadableRow() {
    List<ReadResult> rows = all("id,note\n1,\"two\nlines\",extra\n2,ok\n");
    assertEquals(new UnreadableRow("test.csv", 2, 1, "1,\"two\nlines\",extra",
        "expected 2 columns as in the header, found 3"), rows.get(0));
    assertEquals(4, rows.get(1).line());
  }

  @Test
  void aStrayQuoteInAnUnquotedFieldCostsItsLine() {
    List<ReadResult> rows = all("id,name,city\n1,Bob \"Bobby\" Lund,x\n2,Ann,y\n");
    assertEquals(new UnreadableRow("test.csv", 2, 1, "1,Bob \"Bobby\" Lund,x",
        "a stray quote inside unquoted column 2"), rows.get(0));
    assertEquals("Ann", record(rows.get(1)).get("name"));
  }

  @Test
  void textAfterAClosingQuoteCostsItsLine() {
    List<ReadResult> rows = all("id,name\n1,\"Bob\"by\n2,Ann\n");
    assertEquals("unexpected 'b' after the closing quote of column 2", unreadable(rows.get(0)).reason());
    assertEquals(record(rows.get(1)).line(), 3);
  }

  @Test
  void anUnclosedQuoteCostsOnlyItsFirstLineWhenALaterQuoteBreaks() {
    // The quote in row 1 runs on and closes at the opening quote of row 3's tags; what follows is not a
    // delimiter, so row 1 is given up on its first line and rows 2 and 3 are read again as rows.
    String text = "id;title;tags\n"
        + "1;\"Shift lead;x\n"
        + "2;Cook;\n"
        + "3;Driver;\"vip; night-shift\"\n"
        + "4;Nurse;\n";
    List<ReadResult> rows = all(text);
    assertEquals(4, rows.size());
    UnreadableRow broken = unreadable(rows.get(0));
    assertEquals(2, broken.line());
    assertEquals("1;\"Shift lead;x", broken.raw());
    assertEquals("unexpected 'v' after the closing quote of column 2 (on line 4)", broken.reason());
    assertEquals(List.of("2", "Cook", ""), record(rows.get(1)).cells());
    assertEquals(3, rows.get(1).line());
    assertEquals(2, rows.get(1).row());
    assertEquals("vip; night-shift", record(rows.get(2)).get("tags"));
    assertEquals(5, rows.get(3).line());
  }

  @Test
  void anUnclosedQuoteAtTheEndCostsOnlyItsFirstLine() {
    List<ReadResult> rows = all("id,title\n1,\"Shift lead\n2,Cook\n3,Nurse\n");
    assertEquals(3, rows.size());
    assertEquals(new UnreadableRow("test.csv", 2, 1, "1,\"Shift lead",
        "the quote opening column 2 is never closed before the end of the file"), rows.get(0));
    assertEquals("Cook", record(rows.get(1)).get("title"));
    assertEquals("Nurse", record(rows.get(2)).get("title"));
  }

  @Test
  void aQuoteMayRunOverAtMostAHundredLines() {
    StringBuilder text = new StringBuilder("id,title\n1,\"never closed\n");
    for (int i = 2; i <= 300; i++) {
      text.append(i).append(",t").append(i).append('\n');
    }
    text.append("301,\"late\"\n");
    List<ReadResult> rows = all(text.toString());
    assertEquals(301, rows.size());
    assertEquals("the quote opening column 2 is not closed within 100 lines or 1048576 characters",
        unreadable(rows.get(0)).reason());
    for (int i = 1; i < 301; i++) {
      assertEquals(i + 2, record(rows.get(i)).line());
    }
    assertEquals("late", record(rows.get(300)).get("title"));
  }

  @Test
  void aQuotedNewlineRowInsideAFileWithBrokenRowsKeepsLineNumbers() {
    String text = "id,note,n\n"
        + "1,\"a\nb\",x\n"
        + "2,bad\"quote,y\n"
        + "3,\"c\r\nd\",z\n"
        + "4,only-two\n"
        + "5,e,w\n";
    List<ReadResult> rows = all(text);
    assertEquals(List.of(2L, 4L, 5L, 7L, 8L), rows.stream().map(ReadResult::line).toList());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), rows.stream().map(ReadResult::row).toList());
    assertEquals(List.of(true, false, true, false, true), rows.stream().map(r -> r instanceof SourceRecord).toList());
  }
}
