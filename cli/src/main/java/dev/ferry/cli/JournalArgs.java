package dev.ferry.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The MAP argument and {@code --journal}, which every verb that reads or writes the journal takes. */
final class JournalArgs {

  @Parameters(index = "0", paramLabel = "MAP", description = "The mapping file (it also locates the journal).")
  Path map;

  @Option(names = "--journal", paramLabel = "FILE", description = "The journal (default: .ferry/journal.db beside the map).")
  Path journal;

  Path journalFile() {
    return JournalOption.resolve(map, journal);
  }
}
