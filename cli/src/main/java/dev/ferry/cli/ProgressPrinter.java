package dev.ferry.cli;

import dev.ferry.journal.Tally;
import dev.ferry.run.RunListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Prints a run's progress: on a terminal a bar per object, rewritten in place (records, rate, time left);
 * elsewhere (a log file, CI) a timestamped line at most every {@link #LOG_EVERY}, so logs stay readable.
 */
final class ProgressPrinter implements RunListener {

  static final Duration LOG_EVERY = Duration.ofSeconds(10);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final PrintWriter out;
  private final boolean terminal;
  private final Clock clock;
  private Instant started;
  private Instant lastLine = Instant.MIN;
  private boolean lineOpen;

  ProgressPrinter(PrintWriter out, boolean terminal, Clock clock) {
    this.out = out;
    this.terminal = terminal;
    this.clock = clock;
  }

  static ProgressPrinter forConsole(PrintWriter out) {
    return new ProgressPrinter(out, System.console() != null, Clock.systemUTC());
  }

  @Override
  public void notice(String message) {
    endLine();
    out.println("  " + message);
    out.flush();
  }

  @Override
  public void objectStarted(String object, long toSend, long transformed) {
    endLine();
    started = clock.instant();
    lastLine = started;
    out.println(stamp() + object + ": " + toSend + " of " + transformed + " transformed record(s) to send"
        + (toSend < transformed ? " (the rest are done or unchanged)" : ""));
    out.flush();
  }

  @Override
  public void progress(String object, long sent, long toSend) {
    Instant now = clock.instant();
    if (!terminal && Duration.between(lastLine, now).compareTo(LOG_EVERY) < 0 && sent < toSend) {
      return;
    }
    lastLine = now;
    String line = object + "  " + sent + "/" + toSend + "  " + rate(sent, now) + "  " + eta(sent, toSend, now);
    if (terminal) {
      out.print("\r" + bar(sent, toSend) + " " + line + "    ");
      lineOpen = true;
    } else {
      out.println(stamp() + line);
    }
    out.flush();
  }

  @Override
  public void objectFinished(String object, Tally tally) {
    endLine();
    out.println(stamp() + object + ": " + tally);
    out.flush();
  }

  /** {@code [#######.............]  35%}: twenty cells, so it fits beside the figures on any terminal. */
  static String bar(long sent, long toSend) {
    int percent = toSend == 0 ? 100 : (int) Math.min(100, sent * 100 / toSend);
    int filled = percent / 5;
    return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + String.format("%3d%%", percent);
  }

  private String rate(long sent, Instant now) {
    double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
    return String.format("%.1f records/s", sent / seconds);
  }

  private String eta(long sent, long toSend, Instant now) {
    if (sent == 0) {
      return "ETA --:--";
    }
    double seconds = Duration.between(started, now).toMillis() / 1000.0;
    long left = Math.round(seconds / sent * (toSend - sent));
    return String.format("ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60);
  }

  private String stamp() {
    return terminal ? "" : LocalTime.now(clock.withZone(ZoneId.systemDefault())).format(TIME) + " ";
  }

  private void endLine() {
    if (lineOpen) {
      out.println();
      lineOpen = false;
    }
  }
}
