package dev.ferry.cli;

import dev.ferry.journal.RunMode;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ferry delta}: after cutover, moves what changed in a fresh export since the last run. */
@Command(
    name = "delta",
    mixinStandardHelpOptions = true,
    description = {
      "Migrates only what is new or changed since the last completed run: new records are created, changed ones"
          + " update the same destination record, unchanged ones are skipped (compared by the digest of what Ferry"
          + " wrote). Moves the watermark to the newest updated_at seen.",
      "Without FRESHSALES_DOMAIN or FRESHSALES_URL it writes to a local sandbox."})
final class DeltaCommand extends DestinationVerb {

  @Mixin
  JournalArgs args;

  @Option(names = "--export", paramLabel = "DIR", description = "The fresh export folder (default: the map's source.export).")
  Path export;


  @Option(names = "--out", paramLabel = "DIR",
      description = "Where success.csv, errors.csv and rejected.csv go (default: .ferry/runs/run-<id> beside the journal).")
  Path out;

  @Override
  public Integer call() {
    return Migrate.migrate(RunMode.DELTA, new Migrate.Options(args.map, export, args.journal, out, false), env,
        out(), err());
  }
}
