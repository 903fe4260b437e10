package dev.ferry.cli;

import dev.ferry.journal.Journal;
import dev.ferry.journal.JournalException;
import dev.ferry.journal.LockHolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Where a project's journal is ({@code --journal FILE}, else {@code .ferry/journal.db} beside the map) and
 * opening it, printing who holds it when another run does.
 */
final class JournalOption {

  private JournalOption() {}

  static Path resolve(Path map, Path option) {
    if (option != null) {
      return option.toAbsolutePath();
    }
    return folderOf(map).resolve(".ferry").resolve("journal.db");
  }

  /** The folder the map is in: the project's working folder (journal, reports, local sandbox). */
  static Path folderOf(Path map) {
    Path parent = map.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /** The journal, locked for this process; or empty after printing why not to {@code err}. */
  static Optional<Journal> open(Path file, String verb, String command, PrintWriter err) {
    try {
      Journal.Opening opening = Journal.open(file, Clock.systemUTC(), command);
      if (opening instanceof Journal.Locked locked) {
        err.println("ferry " + verb + ": the journal " + file + " is in use by "
            + locked.holder().map(LockHolder::toString).orElse("another process (it has not written its name yet)"));
        err.println("  wait for that run to end, or stop it (Ctrl-C stops it cleanly; a killed run resumes later)."
            + " The lock is released when its process ends, however it ends.");
        return Optional.empty();
      }
      Journal.Opened opened = (Journal.Opened) opening;
      opened.staleLock().ifPresent(holder -> err.println("ferry " + verb + ": took over the journal lock left by "
          + holder + ", which is no longer running"));
      return Optional.of(opened.journal());
    } catch (IOException | JournalException e) {
      err.println("ferry " + verb + ": cannot open the journal " + file + ": " + e.getMessage());
      return Optional.empty();
    }
  }
}
