package dev.ferry.journal;

import java.time.Instant;

/** Who holds (or last held) a journal: the process, its host, when it took the lock, and what it runs. */
public record LockHolder(long pid, String host, Instant since, String command) {

  @Override
  public String toString() {
    return "pid " + pid + " on " + host + " since " + since + (command == null || command.isBlank() ? "" : " (" + command + ")");
  }
}
