package dev.ferry.journal;

import dev.ferry.plan.PlanHash;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBException;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * A migration project's journal: one MapDB file with a write-ahead log, so a commit either happened whole or
 * not at all, even under kill -9. Held by one process at a time ({@link JournalLock}).
 *
 * <p>On disk, each a sorted map of JSON text:
 * <ul>
 *   <li>{@code runs}: run id to {@link RunRecord};
 *   <li>{@code operations}: {@code run/object/key} to {@link Operation}, the intent and outcome of each write;
 *   <li>{@code pending}: the keys of operations whose outcome is not known yet (what a restart settles);
 *   <li>{@code ids}: {@code object/key} to {@link IdEntry}, the id map;
 *   <li>{@code before_images}: {@code run/object/key} to {@link BeforeImage};
 *   <li>{@code audit}: a sequence number to {@link AuditEvent}, append-only;
 *   <li>{@code meta}: the format version.
 * </ul>
 * Callers group changes into commits: a batch's intents in one, its outcomes in the next.
 */
public final class Journal implements AutoCloseable {

  public static final String FORMAT = "ferry-journal/1";
  private static final char SEPARATOR = '\u001f';

  /** How opening went: the journal, or the holder of its lock. */
  public sealed interface Opening permits Opened, Locked {}

  /** The journal is ours until closed; {@code staleLock} names a holder that died holding it. */
  public record Opened(Journal journal, Optional<LockHolder> staleLock) implements Opening {}

  /** Another process writes this journal now. */
  public record Locked(Optional<LockHolder> holder, Path lockFile) implements Opening {}

  /** What an outcome does to the id map. */
  public sealed interface IdUpdate permits Keep, Put, Remove {}

  public record Keep() implements IdUpdate {}

  public record Put(IdEntry entry) implements IdUpdate {}

  public record Remove(String object, String key) implements IdUpdate {}

  /** An operation with its outcome, the id-map change it implies, and a note for the audit log. */
  public record Settled(Operation operation, IdUpdate ids, String detail) {}

  private final Path file;
  private final JournalLock lock;
  private final Clock clock;
  private final DB db;
  private final BTreeMap<Integer, String> runs;
  private final BTreeMap<String, String> operations;
  private final BTreeMap<String, String> pending;
  private final BTreeMap<String, String> ids;
  private final BTreeMap<String, String> beforeImages;
  private final BTreeMap<Long, String> audit;
  private final BTreeMap<String, String> meta;
  private long nextAuditSeq;
  private boolean restrictedAfterFirstCommit;

  private Journal(Path file, JournalLock lock, Clock clock, DB db) {
    this.file = file;
    this.lock = lock;
    this.clock = clock;
    this.db = db;
    // Values (JSON of a few hundred bytes) live outside the tree's nodes: a put then rewrites its value and a
    // small node, not a node full of values. Measured in docs/performance.md.
    this.runs = db.treeMap("runs", Serializer.INTEGER, Serializer.STRING).createOrOpen();
    this.operations = db.treeMap("operations", Serializer.STRING, Serializer.STRING).valuesOutsideNodesEnable()
        .createOrOpen();
    this.pending = db.treeMap("pending", Serializer.STRING, Serializer.STRING).createOrOpen();
    this.ids = db.treeMap("ids", Serializer.STRING, Serializer.STRING).valuesOutsideNodesEnable().createOrOpen();
    this.beforeImages = db.treeMap("before_images", Serializer.STRING, Serializer.STRING).valuesOutsideNodesEnable()
        .createOrOpen();
    this.audit = db.treeMap("audit", Serializer.LONG, Serializer.STRING).valuesOutsideNodesEnable().createOrOpen();
    this.meta = db.treeMap("meta", Serializer.STRING, Serializer.STRING).createOrOpen();
    String format = meta.get("format");
    if (format == null) {
      meta.put("format", FORMAT);
      meta.put("created", clock.instant().toString());
      db.commit();
    } else if (!format.equals(FORMAT)) {
      throw new JournalException(file + " is a " + format + " journal; this Ferry reads " + FORMAT);
    }
    this.nextAuditSeq = audit.isEmpty() ? 1 : audit.lastKey() + 1;
  }

  /** Storage choices; memory-mapping is measured in docs/performance.md and off by default. */
  public record Options(boolean memoryMapped) {
    public static Options defaults() {
      return new Options(false);
    }
  }

  public static Opening open(Path file, Clock clock, String command) throws IOException {
    return open(file, clock, command, Options.defaults());
  }

  /**
   * Takes the lock and opens (or creates) the journal. A journal left by a killed process opens with exactly
   * its last commit: MapDB replays or discards its write-ahead log.
   *
   * @throws IOException when the folder or lock file cannot be created
   * @throws JournalException when the file is not a journal this Ferry can read
   */
  public static Opening open(Path file, Clock clock, String command, Options options) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    OwnerOnly.createDirectories(parent);
    JournalLock.Attempt attempt = JournalLock.acquire(file, clock, command);
    if (attempt instanceof JournalLock.Held held) {
      return new Locked(held.holder(), held.lockFile());
    }
    JournalLock.Acquired acquired = (JournalLock.Acquired) attempt;
    try {
      DBMaker.Maker maker = DBMaker.fileDB(file.toFile()).transactionEnable();
      if (options.memoryMapped()) {
        maker = maker.fileMmapEnableIfSupported();
      }
      Journal journal = new Journal(file, acquired.lock(), clock, maker.make());
      journal.restrictFiles();
      return new Opened(journal, acquired.stale());
    } catch (DBException e) {
      acquired.lock().close();
      throw new JournalException(file + " cannot be opened as a journal: " + e.getMessage(), e);
    } catch (RuntimeException | IOException e) {
      acquired.lock().close();
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  public LockHolder holder() {
    return lock.holder();
  }

  // ---- runs

  /** Journals a new run, committed before any of its writes. */
  public synchronized RunRecord startRun(RunMode mode, PlanHash plan, String map, String export, List<String> objects,
      List<Integer> rollsBack, String leadMode) {
    int id = runs.isEmpty() ? 1 : runs.lastKey() + 1;
    RunRecord run = new RunRecord(id, mode, RunStatus.RUNNING, plan == null ? null : plan.hex(), map, export,
        clock.instant(), List.of(), null, objects, Map.of(), null, rollsBack, null, leadMode, lock.holder().host(),
        lock.holder().pid());
    runs.put(id, JournalJson.write(run));
    commit();
    return run;
  }

  public synchronized void saveRun(RunRecord run) {
    runs.put(run.id(), JournalJson.write(run));
    commit();
  }

  public synchronized List<RunRecord> runs() {
    List<RunRecord> all = new ArrayList<>();
    runs.values().forEach(text -> all.add(JournalJson.read(text, RunRecord.class)));
    return all;
  }

  public synchronized Optional<RunRecord> run(int id) {
    return Optional.ofNullable(runs.get(id)).map(text -> JournalJson.read(text, RunRecord.class));
  }

  /** The latest run, if it has not finished: the one a restart resumes. */
  public synchronized Optional<RunRecord> unfinishedRun() {
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    RunRecord last = JournalJson.read(runs.lastEntry().getValue(), RunRecord.class);
    return last.unfinished() ? Optional.of(last) : Optional.empty();
  }

  /**
   * The tags the destination had before Ferry first wrote to it. A tag policy compares against these in every
   * later run too: the tags Ferry's own records brought in must not count as the destination's, or a second
   * run would prefix what the first did not, and a delta would rewrite every tagged record.
   */
  public synchronized Set<String> destinationTagsBeforeFerry(Set<String> readNow) {
    String known = meta.get("destination_tags");
    if (known != null) {
      return Set.of(JournalJson.read(known, String[].class));
    }
    meta.put("destination_tags", JournalJson.write(readNow.toArray(String[]::new)));
    commit();
    return Set.copyOf(readNow);
  }

  // ---- id map

  public synchronized Optional<IdEntry> id(String object, String key) {
    return Optional.ofNullable(ids.get(object + SEPARATOR + key)).map(text -> JournalJson.read(text, IdEntry.class));
  }

  /** Every id-map entry of one object, in key order. */
  public synchronized void forEachId(String object, Consumer<IdEntry> action) {
    ids.subMap(object + SEPARATOR, object + SEPARATOR + '\uffff')
        .values().forEach(text -> action.accept(JournalJson.read(text, IdEntry.class)));
  }

  public synchronized long idCount() {
    return ids.sizeLong();
  }

  // ---- before-images

  public synchronized Optional<BeforeImage> beforeImage(int run, String object, String key) {
    return Optional.ofNullable(beforeImages.get(runKey(run, object, key)))
        .map(text -> JournalJson.read(text, BeforeImage.class));
  }

  /** Keeps the first image of each record per run: a later read may already show the run's own write. */
  public synchronized void recordBeforeImages(List<BeforeImage> images) {
    if (images.isEmpty()) {
      return;
    }
    for (BeforeImage image : images) {
      beforeImages.putIfAbsent(runKey(image.run(), image.object(), image.key()), JournalJson.write(image));
    }
    commit();
  }

  // ---- operations

  public synchronized Optional<Operation> operation(int run, String object, String key) {
    return Optional.ofNullable(operations.get(runKey(run, object, key)))
        .map(text -> JournalJson.read(text, Operation.class));
  }

  /** The operations of a run, by object then key. */
  public synchronized List<Operation> operations(int run) {
    List<Operation> all = new ArrayList<>();
    runRange(operations, run).values().forEach(text -> all.add(JournalJson.read(text, Operation.class)));
    return all;
  }

  public synchronized void forEachOperation(int run, Consumer<Operation> action) {
    runRange(operations, run).values().forEach(text -> action.accept(JournalJson.read(text, Operation.class)));
  }

  /** The operations of one object in a run, by key. */
  public synchronized void forEachOperation(int run, String object, Consumer<Operation> action) {
    String prefix = String.format("%08d", run) + SEPARATOR + object + SEPARATOR;
    operations.subMap(prefix, true, prefix + '\uffff', false)
        .values().forEach(text -> action.accept(JournalJson.read(text, Operation.class)));
  }

  /** Operations journaled but not settled, of one run. */
  public synchronized List<Operation> pending(int run) {
    List<Operation> open = new ArrayList<>();
    for (String key : runRange(pending, run).keySet()) {
      open.add(JournalJson.read(operations.get(key), Operation.class));
    }
    return open;
  }

  public synchronized long pendingCount() {
    return pending.sizeLong();
  }

  /**
   * The write-ahead half: the batch's intents, with status {@code PENDING}, in one commit. Returns only once
   * they are on disk; only then may the batch be sent.
   */
  public synchronized void recordIntents(List<Operation> intents) {
    if (intents.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (Operation intent : intents) {
      String key = runKey(intent.run(), intent.object(), intent.key());
      operations.put(key, JournalJson.write(intent));
      pending.put(key, "");
      appendAudit(now, intent, "intent", null);
    }
    commit();
  }

  /** The other half: the batch's outcomes and the id-map changes they imply, in one commit. */
  public synchronized void recordOutcomes(List<Settled> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (Settled settled : outcomes) {
      Operation op = settled.operation();
      String key = runKey(op.run(), op.object(), op.key());
      operations.put(key, JournalJson.write(op));
      if (op.status() == Operation.Status.PENDING) {
        pending.put(key, "");
      } else {
        pending.remove(key);
      }
      if (settled.ids() instanceof Put put) {
        ids.put(put.entry().object() + SEPARATOR + put.entry().key(), JournalJson.write(put.entry()));
      } else if (settled.ids() instanceof Remove remove) {
        ids.remove(remove.object() + SEPARATOR + remove.key());
      }
      appendAudit(now, op, op.status().label(), settled.detail());
    }
    commit();
  }

  // ---- audit

  /** The audit log, oldest first; {@code run} empty for every run. */
  public synchronized void forEachEvent(Optional<Integer> run, Consumer<AuditEvent> action) {
    for (String text : audit.values()) {
      AuditEvent event = JournalJson.read(text, AuditEvent.class);
      if (run.isEmpty() || run.get() == event.run()) {
        action.accept(event);
      }
    }
  }

  public synchronized long auditSize() {
    return audit.sizeLong();
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (!db.isClosed()) {
        db.close();
      }
      restrictFiles();
    } finally {
      lock.close();
    }
  }

  private void appendAudit(Instant at, Operation op, String outcome, String detail) {
    AuditEvent event = new AuditEvent(nextAuditSeq, at, op.run(), op.object(), op.key(), op.module(), op.kind().label(),
        op.destinationId(), outcome, detail != null ? detail : op.status() == Operation.Status.FAILED ? op.error() : null);
    audit.put(nextAuditSeq++, JournalJson.write(event));
  }

  private void commit() {
    db.commit();
    if (!restrictedAfterFirstCommit) {
      // MapDB creates its write-ahead files on first commit, with the process's default mode.
      restrictedAfterFirstCommit = true;
      try {
        restrictFiles();
      } catch (IOException e) {
        throw new JournalException("cannot make " + file + " readable by its owner only: " + e.getMessage(), e);
      }
    }
  }

  private void restrictFiles() throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir, file.getFileName() + "*")) {
      for (Path sibling : siblings) {
        OwnerOnly.restrict(sibling);
      }
    }
  }

  private static String runKey(int run, String object, String key) {
    return String.format("%08d", run) + SEPARATOR + object + SEPARATOR + key;
  }

  private static <V> NavigableMap<String, V> runRange(BTreeMap<String, V> map, int run) {
    return map.subMap(String.format("%08d", run) + SEPARATOR, true, String.format("%08d", run + 1) + SEPARATOR, false);
  }
}
