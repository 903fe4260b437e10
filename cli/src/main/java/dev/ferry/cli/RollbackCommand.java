package dev.ferry.cli;

import dev.ferry.freshsales.FreshsalesClient;
import dev.ferry.freshsales.FreshsalesConfig;
import dev.ferry.freshsales.FreshsalesException;
import dev.ferry.freshsales.LeadMode;
import dev.ferry.journal.Journal;
import dev.ferry.rollback.Rollback;
import dev.ferry.run.Destination;
import dev.ferry.run.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ferry rollback}: undoes runs from the journal alone, so it works even after the map changed or broke.
 */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description = {
      "Undoes one run (the newest not rolled back, named with --run) or all of them: deletes what they created and"
          + " restores the values they overwrote, contacts and leads before accounts. Journaled: an interrupted"
          + " rollback resumes when run again.",
      "Without FRESHSALES_DOMAIN or FRESHSALES_URL it works on the local sandbox."})
final class RollbackCommand extends DestinationVerb {

  @Mixin
  JournalArgs args;

  @Option(names = "--run", paramLabel = "ID", description = "Roll back only this run (the newest still in place).")
  Integer run;


  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    Path journalFile = args.journalFile();
    if (!Files.exists(journalFile)) {
      err.println("ferry rollback: there is no journal at " + journalFile + ": nothing ran with this map, so there is"
          + " nothing to roll back");
      return ExitCode.USAGE;
    }
    try (StopOnInterrupt interrupt = new StopOnInterrupt(err)) {
      Optional<Journal> opened = JournalOption.open(journalFile, "rollback", "ferry rollback " + args.map, err);
      if (opened.isEmpty()) {
        return ExitCode.USAGE;
      }
      try (Journal journalOpen = opened.get();
          TargetConnection target = TargetConnection.open(env, JournalOption.folderOf(args.map));
          FreshsalesClient client = FreshsalesClient.connect(leadMode(target.config(), journalOpen))) {
        target.notice().ifPresent(notice -> err.println("ferry rollback: " + notice));
        Rollback rollback = new Rollback(journalOpen, Destination.of(client), Clock.systemUTC(),
            ProgressPrinter.forConsole(out), interrupt.signal());
        RunResult result = rollback.rollback(Optional.ofNullable(run), args.map.toString());
        return RunReport.print("rollback", result, out, err);
      }
    } catch (FreshsalesException | IOException | IllegalArgumentException e) {
      err.println("ferry rollback: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }

  private static FreshsalesConfig leadMode(FreshsalesConfig config, Journal journal) {
    return Rollback.leadMode(journal).map(mode -> config.withLeadMode(LeadMode.valueOf(mode))).orElse(config);
  }
}
