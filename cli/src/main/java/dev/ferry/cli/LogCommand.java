package dev.ferry.cli;

import dev.ferry.journal.AuditLog;
import dev.ferry.journal.Journal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ferry log}: the audit log, every destination operation, as JSON Lines or CSV on standard output. */
@Command(name = "log", mixinStandardHelpOptions = true,
    description = "Prints the audit log: every destination operation with its time, run, object, source key,"
        + " destination id and outcome (intents too, journaled before each call).")
final class LogCommand extends Verb {

  @Mixin
  JournalArgs args;

  @Option(names = "--run", paramLabel = "ID", description = "Only this run's operations.")
  Integer run;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "jsonl or csv (default: jsonl).")
  String format;


  @Override
  public Integer call() throws IOException {
    PrintWriter out = out();
    PrintWriter err = err();
    AuditLog.Format chosen;
    try {
      chosen = AuditLog.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("ferry log: --format must be jsonl or csv, got " + format);
      return ExitCode.USAGE;
    }
    Path file = args.journalFile();
    if (!Files.exists(file)) {
      err.println("ferry log: no journal at " + file + ": nothing has run with this map yet");
      return ExitCode.OK;
    }
    Optional<Journal> opened = JournalOption.open(file, "log", "ferry log " + args.map, err);
    if (opened.isEmpty()) {
      return ExitCode.USAGE;
    }
    try (Journal open = opened.get()) {
      if (run != null && open.run(run).isEmpty()) {
        err.println("ferry log: there is no run " + run + " in " + file + " (`ferry status MAP` lists them)");
        return ExitCode.USAGE;
      }
      AuditLog.write(open, Optional.ofNullable(run), chosen, out);
    }
    return ExitCode.OK;
  }
}
