package dev.ferry.cli;

import dev.ferry.journal.RunMode;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ferry run}: the full migration, journaled; run it again after any interruption to resume. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Migrates the export into the destination in the plan's order, journaling every write so an interrupted run"
          + " resumes where it stopped (run the same command again). Records done or unchanged are skipped.",
      "Without FRESHSALES_DOMAIN or FRESHSALES_URL it writes to a local sandbox."})
final class RunCommand extends DestinationVerb {

  @Mixin
  JournalArgs args;

  @Option(names = "--export", paramLabel = "DIR", description = "The export folder (default: the map's source.export).")
  Path export;


  @Option(names = "--out", paramLabel = "DIR",
      description = "Where success.csv, errors.csv and rejected.csv go (default: .ferry/runs/run-<id> beside the journal).")
  Path out;

  @Option(names = "--add-fields-to-sandbox",
      description = "Local sandbox only: create the map's custom fields the sandbox lacks, as an admin would in Freshsales.")
  boolean addFields;

  @Override
  public Integer call() {
    return Migrate.migrate(RunMode.FULL, new Migrate.Options(args.map, export, args.journal, out, addFields), env,
        out(), err());
  }
}
