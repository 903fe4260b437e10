package dev.ferry.cli;

import dev.ferry.journal.RunMode;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry run}: the full migration, journaled; run it again after any interruption to resume. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Migrates the export into the destination in the plan's order, journaling every write so an interrupted run"
          + " resumes where it stopped (run the same command again). Records done or unchanged are skipped.",
      "Without FRESHSALES_DOMAIN or FRESHSALES_URL it writes to a local sandbox."})
final class RunCommand extends Verb implements Environment {

  @Parameters(index = "0", paramLabel = "MAP", description = "The mapping file.")
  Path map;

  @Option(names = "--export", paramLabel = "DIR", description = "The export folder (default: the map's source.export).")
  Path export;

  @Option(names = "--journal", paramLabel = "FILE", description = "The journal (default: .ferry/journal.db beside the map).")
  Path journal;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where success.csv, errors.csv and rejected.csv go (default: .ferry/runs/run-<id> beside the journal).")
  Path out;

  @Option(names = "--add-fields-to-sandbox",
      description = "Local sandbox only: create the map's custom fields the sandbox lacks, as an admin would in Freshsales.")
  boolean addFields;

  private Map<String, String> env = System.getenv();

  @Override
  public void environment(Map<String, String> value) {
    this.env = value;
  }

  @Override
  public Integer call() {
    return Migrate.migrate(RunMode.FULL, new Migrate.Options(map, export, journal, out, addFields), env,
        out(), err());
  }
}
