package dev.ferry.freshsales;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The operations a migration needs against one Freshsales account. Writes return {@link Outcome}s, so a
 * record the API refuses is a value the caller journals, not an exception; account-level failures (key
 * refused, service unreachable) throw {@link FreshsalesException}. Thread-safe; close it to free its
 * connections and workers.
 */
public final class FreshsalesClient implements AutoCloseable {
  private final Transport transport;
  private final ExecutorService workers;
  private final RecordWrites writes;
  private final BulkWrites bulk;
  private final RecordReads reads;
  private final AccountMetadata metadata;
  private final Targets targets;

  private FreshsalesClient(Builder builder) {
    ObjectMapper mapper = new ObjectMapper();
    FreshsalesConfig config = builder.config;
    this.transport = new Transport(config, mapper, builder.clock, builder.sleeper, Backoff.standard(builder.random));
    this.metadata = new AccountMetadata(transport);
    this.targets = new Targets(config.leadMode(), metadata);
    this.reads = new RecordReads(transport, targets, mapper);
    this.writes = new RecordWrites(transport, targets, reads, config.maxAttempts());
    this.workers = Executors.newFixedThreadPool(config.concurrency(), runnable -> {
      Thread thread = new Thread(runnable, "ferry-freshsales");
      thread.setDaemon(true);
      return thread;
    });
    this.bulk = new BulkWrites(transport, targets, writes, reads, workers, builder.sleeper,
        Backoff.standard(builder.random));
  }

  public static FreshsalesClient connect(FreshsalesConfig config) {
    return builder(config).build();
  }

  public static Builder builder(FreshsalesConfig config) {
    return new Builder(config);
  }

  /**
   * Creates one record. {@code key} is how the record is found again if the create gets no clear answer: the
   * client then looks it up rather than sending it blindly a second time.
   */
  public Outcome create(Entity entity, UniqueKey key, Map<String, Object> fields) {
    return writes.create(entity, key, fields);
  }

  public Outcome update(Entity entity, long id, Map<String, Object> fields) {
    return writes.update(entity, id, fields);
  }

  /** Creates or updates the record matched on {@code request.key()}: one request, safe to repeat. */
  public Outcome upsert(Entity entity, UpsertRequest request) {
    return writes.upsert(entity, request);
  }

  /**
   * Upserts a batch with bulk requests of up to 100 records where the module has them, else record by record.
   * One outcome per request, in input order, keyed by its unique identifier.
   */
  public List<RecordOutcome> upsertAll(Entity entity, List<UpsertRequest> requests) {
    return bulk.upsertAll(entity, requests);
  }

  public Outcome delete(Entity entity, long id) {
    return writes.delete(entity, id);
  }

  /** Deletes by id with bulk requests of up to 100 where the module has them; outcomes in input order. */
  public List<Outcome> deleteAll(Entity entity, List<Long> ids) {
    return bulk.deleteAll(entity, ids);
  }

  public Outcome addNote(Entity entity, long recordId, String text) {
    return writes.addNote(entity, recordId, text);
  }

  public Optional<RemoteRecord> view(Entity entity, long id) {
    return reads.view(entity, id);
  }

  public Optional<RemoteRecord> findByEmail(Entity entity, String email) {
    return reads.find(entity, UniqueKey.email(email));
  }

  /** The record holding exactly {@code key}'s value in {@code key}'s field, found with the lookup search. */
  public Optional<RemoteRecord> find(Entity entity, UniqueKey key) {
    return reads.find(entity, key);
  }

  public List<RemoteRecord> listAll(Entity entity) {
    return reads.listAll(entity);
  }

  /** Every record of the module, a page of 100 at a time, without holding them all. */
  public void forEachRecord(Entity entity, Consumer<RemoteRecord> action) {
    reads.forEach(entity, action);
  }

  /** How many requests listing the whole module takes (pages of 100), found with two requests. */
  public int listPages(Entity entity) {
    return reads.pages(entity);
  }

  public List<Owner> owners() {
    return metadata.owners();
  }

  /**
   * The module's field metadata, to check a map against the real account. Leads read the Lead module's, or in
   * lifecycle-stage mode the contacts' (where leads then live).
   */
  public List<FieldInfo> fields(Entity entity) {
    return metadata.fields(targets.of(entity).module().plural());
  }

  public List<Tag> tags() {
    return metadata.tags();
  }

  @Override
  public void close() {
    workers.shutdownNow();
    transport.close();
  }

  /** Everything but the config has a default; tests swap the clock, sleeper and randomness. */
  public static final class Builder {
    private final FreshsalesConfig config;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private Random random = new Random();

    private Builder(FreshsalesConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public Builder sleeper(Sleeper value) {
      this.sleeper = value;
      return this;
    }

    /** The source of backoff jitter; seed it for repeatable tests. */
    public Builder random(Random value) {
      this.random = value;
      return this;
    }

    public FreshsalesClient build() {
      return new FreshsalesClient(this);
    }
  }
}
