package dev.ferry.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;

/**
 * One writer per journal. The lock is an operating-system lock on {@code <journal>.lock}, which the kernel
 * releases when its process ends however it ends (kill -9 included), so a killed run never blocks the next
 * one and there is no timeout to guess. The file's content names the holder (pid, host, start, command) so
 * a refused run can say who holds it; content left behind by a process that died is reported as a stale
 * lock taken over. The file is never deleted: deleting a lock file lets two processes lock two different
 * files of the same name.
 */
public final class JournalLock implements AutoCloseable {

  private static final ObjectMapper JSON = JournalJson.MAPPER;

  /** How an attempt to take the lock went. */
  public sealed interface Attempt permits Acquired, Held {}

  /** The lock is ours; {@code stale} names a holder that died without releasing its claim. */
  public record Acquired(JournalLock lock, Optional<LockHolder> stale) implements Attempt {}

  /** Another live process holds it; {@code holder} is empty when it has not written its name yet. */
  public record Held(Optional<LockHolder> holder, Path lockFile) implements Attempt {}

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final LockHolder holder;

  private JournalLock(Path file, FileChannel channel, FileLock lock, LockHolder holder) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.holder = holder;
  }

  public static Path fileFor(Path journal) {
    return journal.resolveSibling(journal.getFileName() + ".lock");
  }

  public static Attempt acquire(Path journal, Clock clock, String command) throws IOException {
    Path file = fileFor(journal);
    if (!Files.exists(file)) {
      try {
        OwnerOnly.createFile(file);
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // another process created it first; locking decides who goes on
      }
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      lock = null;
    }
    if (lock == null) {
      Optional<LockHolder> holder = readHolder(channel);
      channel.close();
      return new Held(holder, file);
    }
    Optional<LockHolder> stale = readHolder(channel);
    LockHolder me = new LockHolder(ProcessHandle.current().pid(), hostName(), clock.instant(), command);
    writeHolder(channel, me);
    return new Acquired(new JournalLock(file, channel, lock, me), stale);
  }

  /** Who holds the journal's lock now, if anyone; for {@code status} while a run is going. */
  public static Optional<LockHolder> holderOf(Path journal) throws IOException {
    Path file = fileFor(journal);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return readHolder(channel);
    }
  }

  public LockHolder holder() {
    return holder;
  }

  public Path file() {
    return file;
  }

  /** Clears the holder's name, then releases: an empty lock file means nobody holds it. */
  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      channel.force(true);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }

  private static Optional<LockHolder> readHolder(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0 || size > 64 * 1024) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    channel.read(buffer, 0);
    String text = new String(buffer.array(), StandardCharsets.UTF_8).trim();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(text, LockHolder.class));
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  private static void writeHolder(FileChannel channel, LockHolder holder) throws IOException {
    byte[] bytes = (JSON.writeValueAsString(holder) + "\n").getBytes(StandardCharsets.UTF_8);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(bytes), 0);
    channel.force(true);
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      String env = System.getenv("HOSTNAME");
      return env == null || env.isBlank() ? "unknown-host" : env;
    }
  }
}
