package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Keeps an account on disk under the data directory: {@code state.json}, replaced atomically, plus
 * {@code changes.jsonl}, to which every write request's changes are appended before it is answered. Appending
 * keeps a write cheap however large the account grows; the journal is folded into the snapshot on start, on
 * reset and when it grows long. Without a data directory the store keeps nothing.
 */
final class StateStore implements AutoCloseable {
  private static final int COMPACT_AFTER_LINES = 5_000;

  private final Optional<Path> dir;
  private BufferedWriter journal;
  private int journalLines;

  StateStore(Optional<Path> dir) {
    this.dir = dir;
  }

  /** The persisted account, with its journal replayed, or empty when there is none yet. */
  Optional<AccountState> load() {
    if (dir.isEmpty() || !Files.exists(snapshot())) {
      return Optional.empty();
    }
    try {
      AccountState state = AccountState.fromJson(Json.MAPPER.readTree(snapshot().toFile()));
      if (Files.exists(journalFile())) {
        for (String line : Files.readAllLines(journalFile(), StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            state.replay(Json.MAPPER.readTree(line));
          }
        }
      }
      return Optional.of(state);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sandbox state from " + dir.get(), e);
    }
  }

  /** Writes the whole account as the new snapshot and starts an empty journal. */
  void replaceWith(AccountState state) {
    if (dir.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(dir.get());
      closeJournal();
      Path tmp = dir.get().resolve("state.json.tmp");
      Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), state.toJson());
      moveAtomically(tmp, snapshot());
      Files.deleteIfExists(journalFile());
      journalLines = 0;
      state.drainChanges();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write sandbox state to " + dir.get(), e);
    }
  }

  /** Appends a write's changes; the caller answers the request only after this returns. */
  void append(AccountState state) {
    List<ObjectNode> changes = state.drainChanges();
    if (dir.isEmpty() || changes.isEmpty()) {
      return;
    }
    try {
      if (journal == null) {
        journal = Files.newBufferedWriter(journalFile(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
      for (JsonNode change : changes) {
        journal.write(Json.MAPPER.writeValueAsString(change));
        journal.newLine();
        journalLines++;
      }
      // Flushed to the OS before the response: a killed process then loses nothing it acknowledged.
      journal.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to sandbox journal in " + dir.get(), e);
    }
    if (journalLines >= COMPACT_AFTER_LINES) {
      replaceWith(state);
    }
  }

  @Override
  public void close() {
    closeJournal();
  }

  private void closeJournal() {
    if (journal == null) {
      return;
    }
    try {
      journal.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      journal = null;
    }
  }

  private Path snapshot() {
    return dir.orElseThrow().resolve("state.json");
  }

  private Path journalFile() {
    return dir.orElseThrow().resolve("changes.jsonl");
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
