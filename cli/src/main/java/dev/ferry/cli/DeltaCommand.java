package dev.ferry.cli;

import dev.ferry.journal.RunMode;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry delta}: after cutover, moves what changed in a fresh export since the last run. */
@Command(
    name = "delta",
    mixinStandardHelpOptions = true,
    description = {
      "Migrates only what is new or changed since the last completed run: new records are created, changed ones"
          + " update the same destination record, unchanged ones are skipped (compared by the digest of what Ferry"
          + " wrote). Moves the watermark to the newest updated_at seen.",
      "Without FRESHSALES_DOMAIN or FRESHSALES_URL it writes to a local sandbox."})
final class DeltaCommand extends Verb implements Environment {

  @Parameters(index = "0", paramLabel = "MAP", description = "The mapping file.")
  Path map;

  @Option(names = "--export", paramLabel = "DIR", description = "The fresh export folder (default: the map's source.export).")
  Path export;

  @Option(names = "--journal", paramLabel = "FILE", description = "The journal (default: .ferry/journal.db beside the map).")
  Path journal;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where success.csv, errors.csv and rejected.csv go (default: .ferry/runs/run-<id> beside the journal).")
  Path out;

  private Map<String, String> env = System.getenv();

  @Override
  public void environment(Map<String, String> value) {
    this.env = value;
  }

  @Override
  public Integer call() {
    return Migrate.migrate(RunMode.DELTA, new Migrate.Options(map, export, journal, out, false), env,
        out(), err());
  }
}
