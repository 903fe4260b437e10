package dev.ferry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.journal.Tally;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-01-01T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void onATerminalABarIsRewrittenInPlaceWithRateAndTimeLeft() {
    StringWriter text = new StringWriter();
    HandClock clock = new HandClock();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), true, clock);
    printer.objectStarted("employees", 1000, 1000);
    clock.now = clock.now.plusSeconds(10);
    printer.progress("employees", 250, 1000);
    clock.now = clock.now.plusSeconds(10);
    printer.progress("employees", 500, 1000);
    printer.objectFinished("employees", Tally.ZERO);

    String output = text.toString();
    assertTrue(output.contains("\r[#####...............]  25% employees  250/1000  25.0 records/s  ETA 0:00:30"), output);
    assertTrue(output.contains("\r[##########..........]  50% employees  500/1000  25.0 records/s  ETA 0:00:20"), output);
    assertEquals(3, output.split("\n").length, "start, the bar's line (ended when the object finishes), the result");
  }

  @Test
  void elsewhereItLogsAtMostEveryTenSecondsAndAlwaysTheEnd() {
    StringWriter text = new StringWriter();
    HandClock clock = new HandClock();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), false, clock);
    printer.objectStarted("accounts", 300, 300);
    for (int sent = 100; sent <= 300; sent += 100) {
      clock.now = clock.now.plus(Duration.ofSeconds(6));
      printer.progress("accounts", sent, 300);
    }
    String output = text.toString();
    assertTrue(!output.contains("\r") && !output.contains("[#"), "no terminal control in a log: " + output);
    assertTrue(!output.contains("100/300"), "6 s after the start is too soon for a log line: " + output);
    assertTrue(output.contains("200/300") && output.contains("300/300"), output);
  }

  @Test
  void theBarIsFullOnlyAtTheEnd() {
    assertEquals("[....................]   0%", ProgressPrinter.bar(0, 10));
    assertEquals("[###################.]  99%", ProgressPrinter.bar(99, 100));
    assertEquals("[####################] 100%", ProgressPrinter.bar(10, 10));
  }
}
