package dev.ferry.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.freshsales.Outcome;
import dev.ferry.freshsales.RecordOutcome;
import dev.ferry.freshsales.RemoteRecord;
import dev.ferry.freshsales.UpsertRequest;
import dev.ferry.journal.BeforeImage;
import dev.ferry.journal.IdEntry;
import dev.ferry.journal.Journal;
import dev.ferry.journal.Operation;
import dev.ferry.journal.RunMode;
import dev.ferry.journal.Tally;
import dev.ferry.mapping.TargetSpec.LeadMode;
import dev.ferry.plan.ObjectPlan;
import dev.ferry.source.ExportBundle;
import dev.ferry.source.HeaderAliases;
import dev.ferry.source.RecordStream;
import dev.ferry.transform.Interpreter;
import dev.ferry.transform.ObjectTransformer;
import dev.ferry.transform.Outcome.Rejected;
import dev.ferry.transform.Outcome.Transformed;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One object of a run. A first pass over the export decides, record by record, what needs sending (nothing
 * for records done earlier in the run or unchanged since Ferry last wrote them) and reads the before-images
 * of those that already exist in the destination, at the lowest request cost. Then passes send the rest in
 * batches under the write-ahead protocol, settling uncertain outcomes between passes, until nothing is left
 * to send or {@value #MAX_ROUNDS} passes are done.
 */
final class ObjectRun {

  /** One bulk request: the batch whose intents share a commit. */
  static final int BULK_BATCH = 100;
  /** Modules without bulk endpoints send record by record; this many share a commit. */
  static final int SINGLE_BATCH = 10;
  static final int MAX_ROUNDS = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Thrown between batches when a stop was asked for; every outcome so far is journaled. */
  static final class StopRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopRequested() {
      super("stopped on request", null, false, false);
    }
  }

  private enum Decision {
    /** Written earlier in this run with this payload. */
    DONE,
    /** Refused earlier in this run with this payload. */
    FAILED,
    /** Ferry last wrote exactly this payload: nothing to send. */
    UNCHANGED,
    /** In flight: settled before the next pass. */
    OPEN,
    SEND
  }

  /** A record ready to send, with what the journal knows of it. */
  private record Prepared(Transformed record, String digest, String identifyValue, Operation.Kind kind,
      Operation earlier, IdEntry id, Long knownId) {}

  private final Journal journal;
  private final Destination destination;
  private final Clock clock;
  private final RunListener listener;
  private final StopSignal stop;
  private final int run;
  private final RunMode mode;
  private final ObjectPlan object;
  private final Interpreter interpreter;
  private final ExportBundle export;
  private final HeaderAliases aliases;
  private final LeadMode leadMode;
  private final RunOutputs outputs;
  private final int sampleLimit;
  private final Instant baseWatermark;

  private final Set<String> reported = new HashSet<>();
  private final Map<String, List<Prepared>> batches = new LinkedHashMap<>();
  private long read;
  private long rejected;
  private long transformed;
  private long toSend;
  private long sent;
  private Instant watermark;

  ObjectRun(Migration.Context context, ObjectPlan object, RunOutputs outputs, Instant baseWatermark) {
    this.journal = context.journal();
    this.destination = context.destination();
    this.clock = context.clock();
    this.listener = context.listener();
    this.stop = context.stop();
    this.run = context.run();
    this.mode = context.mode();
    this.interpreter = context.interpreter();
    this.export = context.export();
    this.aliases = context.aliases();
    this.leadMode = context.leadMode();
    this.sampleLimit = context.sampleLimit();
    this.object = object;
    this.outputs = outputs;
    this.baseWatermark = baseWatermark;
  }

  /** The highest source update time seen, or null. */
  Instant watermark() {
    return watermark;
  }

  Tally execute() throws IOException {
    plan();
    listener.objectStarted(object.id(), toSend, transformed);
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      send(round);
      List<Operation> open = journal.pending(run).stream().filter(op -> op.object().equals(object.id())).toList();
      if (!open.isEmpty()) {
        Settler.Report report = new Settler(journal, destination, clock).settle(open);
        listener.notice(object.id() + ": " + open.size() + " write(s) had no clear answer; settled by lookup ("
            + report.requests() + " request(s)): " + report.applied() + " had happened, " + report.resend()
            + " will be sent again");
      }
      if (!anyToRetry()) {
        break;
      }
    }
    Tally tally = tally();
    listener.objectFinished(object.id(), tally);
    return tally;
  }

  // ---- first pass: what to send, and the before-images of what exists

  private void plan() throws IOException {
    Map<String, Map<String, DestinationProbe.Wanted>> wanted = new LinkedHashMap<>();
    long changedQuietly = 0;
    long newer = 0;
    ObjectTransformer transformer = interpreter.transformer(object);
    try (RecordStream records = export.open(object.sourceObject(), aliases)) {
      long rows = 0;
      while (records.hasNext() && (sampleLimit <= 0 || rows < sampleLimit)) {
        rows++;
        if (!(transformer.apply(records.next()) instanceof Transformed t)) {
          continue;
        }
        transformed++;
        if (t.updatedAt() != null && (watermark == null || t.updatedAt().isAfter(watermark))) {
          watermark = t.updatedAt();
        }
        Optional<IdEntry> id = journal.id(object.id(), t.key());
        t = staying(t, id);
        String digest = PayloadDigest.of(t.destination(), t.body());
        Optional<Operation> earlier = journal.operation(run, object.id(), t.key());
        if (decide(t, digest, earlier, id) != Decision.SEND) {
          continue;
        }
        toSend++;
        if (baseWatermark != null && t.updatedAt() != null && t.updatedAt().isAfter(baseWatermark)) {
          newer++;
        } else if (mode == RunMode.DELTA && id.isPresent()) {
          changedQuietly++;
        }
        Optional<String> identify = Modules.identifyValue(t.body(), object.identifyBy());
        boolean known = earlier.isPresent() || journal.beforeImage(run, object.id(), t.key()).isPresent();
        if (identify.isEmpty() || known) {
          continue;
        }
        Long knownId = id.map(IdEntry::destinationId).orElse(null);
        wanted.computeIfAbsent(t.destination(), m -> new LinkedHashMap<>())
            .put(t.key(), new DestinationProbe.Wanted(identify.get(), knownId));
      }
    }
    if (mode == RunMode.DELTA && toSend > 0) {
      listener.notice(object.id() + ": " + toSend + " new or changed since the last run (" + newer
          + " updated after its watermark" + (changedQuietly == 0 ? "" : ", " + changedQuietly
          + " changed without a newer updated_at and are sent too") + ")");
    }
    readBeforeImages(wanted);
  }

  private void readBeforeImages(Map<String, Map<String, DestinationProbe.Wanted>> wanted) {
    DestinationProbe probe = new DestinationProbe(destination);
    long checked = 0;
    long existing = 0;
    for (Map.Entry<String, Map<String, DestinationProbe.Wanted>> module : wanted.entrySet()) {
      WrittenFields written = WrittenFields.of(object, module.getKey());
      Map<String, RemoteRecord> found = probe.existing(Modules.entity(module.getKey()), object.identifyBy(),
          module.getValue());
      List<BeforeImage> images = new ArrayList<>();
      Instant now = clock.instant();
      for (Map.Entry<String, RemoteRecord> record : found.entrySet()) {
        images.add(new BeforeImage(run, object.id(), record.getKey(), module.getKey(), record.getValue().id(),
            written.imageOf(record.getValue()), now));
        if (images.size() == 1_000) {
          journal.recordBeforeImages(images);
          images = new ArrayList<>();
        }
      }
      journal.recordBeforeImages(images);
      checked += module.getValue().size();
      existing += found.size();
    }
    if (checked > 0) {
      listener.notice(object.id() + ": checked " + checked + " record(s) against the destination with "
          + probe.requests() + " request(s) (" + probe.how() + "); "
          + existing + " already exist and will be updated, their current values kept for rollback");
    }
  }

  // ---- the passes that send

  private void send(int round) throws IOException {
    boolean first = round == 1;
    ObjectTransformer transformer = interpreter.transformer(object);
    long readNow = 0;
    long rejectedNow = 0;
    long transformedNow = 0;
    try (RecordStream records = export.open(object.sourceObject(), aliases)) {
      while (records.hasNext() && (sampleLimit <= 0 || readNow < sampleLimit)) {
        readNow++;
        dev.ferry.transform.Outcome outcome = transformer.apply(records.next());
        if (outcome instanceof Rejected rejection) {
          rejectedNow++;
          if (first) {
            outputs.rejected(records.header(), rejection);
          }
          continue;
        }
        transformedNow++;
        consider((Transformed) outcome, records);
      }
      flushAll(records);
    }
    read = readNow;
    rejected = rejectedNow;
    transformed = transformedNow;
  }

  private void consider(Transformed routed, RecordStream records) throws IOException {
    Optional<IdEntry> id = journal.id(object.id(), routed.key());
    Transformed t = staying(routed, id);
    String digest = PayloadDigest.of(t.destination(), t.body());
    Optional<Operation> earlier = journal.operation(run, object.id(), t.key());
    switch (decide(t, digest, earlier, id)) {
      case DONE -> reportSuccess(t, earlier.get().destinationId(), earlier.get().status().label());
      case FAILED -> reportError(t, records, earlier.get().error());
      case UNCHANGED -> reportSuccess(t, id.get().destinationId(), "unchanged");
      case OPEN -> { }
      case SEND -> prepare(t, digest, earlier, id, records);
    }
  }

  /**
   * A record Ferry already wrote stays in its module when the map now routes it elsewhere (a lead whose
   * employee is no longer sales-ready): a changed record updates the same destination record, and moving
   * records between modules is Freshsales' lead conversion, not a migration's. The payload keeps only the
   * fields the map writes to that module.
   */
  private Transformed staying(Transformed t, Optional<IdEntry> id) {
    if (id.isEmpty() || id.get().module().equals(t.destination())) {
      return t;
    }
    String module = id.get().module();
    com.fasterxml.jackson.databind.node.ObjectNode body = t.body().deepCopy();
    for (dev.ferry.plan.FieldStep field : object.fields()) {
      if (field.writesFor(t.destination()) && !field.writesFor(module)) {
        if (dev.ferry.freshsales.StandardFields.isCustom(field.to())) {
          body.with("custom_field").remove(field.to());
        } else {
          body.remove(field.to().split("\\.")[0]);
        }
      }
    }
    List<String> notes = new ArrayList<>(t.notes());
    notes.add("the map now routes it to " + t.destination() + "; it stays the " + module + " Ferry wrote");
    return new Transformed(t.objectId(), t.key(), module, body, t.record(), t.updatedAt(), notes);
  }

  private Decision decide(Transformed t, String digest, Optional<Operation> earlier, Optional<IdEntry> id) {
    if (earlier.isPresent()) {
      Operation op = earlier.get();
      boolean same = digest.equals(op.digest());
      if (op.status() == Operation.Status.PENDING) {
        return Decision.OPEN;
      }
      if (same && (op.status() == Operation.Status.CREATED || op.status() == Operation.Status.UPDATED)) {
        return Decision.DONE;
      }
      if (same && op.status() == Operation.Status.FAILED) {
        return Decision.FAILED;
      }
    }
    boolean retry = earlier.isPresent() && earlier.get().status() == Operation.Status.RETRY;
    if (id.isPresent() && digest.equals(id.get().digest()) && !retry) {
      return Decision.UNCHANGED;
    }
    return Decision.SEND;
  }

  private void prepare(Transformed t, String digest, Optional<Operation> earlier, Optional<IdEntry> id,
      RecordStream records) throws IOException {
    Optional<String> identify = Modules.identifyValue(t.body(), object.identifyBy());
    if (identify.isEmpty()) {
      refuse(t, digest, earlier, records, "the record has no value for " + object.identifyBy()
          + " (the map's identify_by), so an uncertain write could not be settled; Ferry does not send it");
      return;
    }
    Optional<BeforeImage> image = journal.beforeImage(run, object.id(), t.key());
    Operation.Kind kind;
    Long knownId;
    if (earlier.isPresent()) {
      // The first attempt's knowledge of whether the record existed before the run stands.
      kind = earlier.get().kind();
      knownId = earlier.get().destinationId();
    } else if (image.isPresent()) {
      kind = Operation.Kind.UPDATE;
      knownId = image.get().destinationId();
    } else {
      kind = Operation.Kind.CREATE;
      knownId = null;
    }
    List<Prepared> batch = batches.computeIfAbsent(t.destination(), m -> new ArrayList<>());
    batch.add(new Prepared(t, digest, identify.get(), kind, earlier.orElse(null), id.orElse(null), knownId));
    if (batch.size() >= batchSize(t.destination())) {
      flush(t.destination(), records);
    }
  }

  private int batchSize(String module) {
    boolean bulk = !module.equals("lead") || leadMode == LeadMode.LIFECYCLE_STAGE;
    return bulk ? BULK_BATCH : SINGLE_BATCH;
  }

  private void flushAll(RecordStream records) throws IOException {
    for (String module : List.copyOf(batches.keySet())) {
      flush(module, records);
    }
  }

  /**
   * The write-ahead protocol for one batch: its intents in one commit, then the call, then its outcomes in
   * one commit. A process that dies between the two commits leaves intents a restart settles.
   */
  private void flush(String module, RecordStream records) throws IOException {
    List<Prepared> batch = batches.remove(module);
    if (batch == null || batch.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<Operation> intents = new ArrayList<>(batch.size());
    List<UpsertRequest> requests = new ArrayList<>(batch.size());
    for (Prepared p : batch) {
      Transformed t = p.record();
      Operation intent = p.earlier() != null
          ? p.earlier().retried(p.kind(), p.digest(), t.updatedAt(), now)
          : new Operation(run, object.id(), t.key(), module, p.kind(), object.identifyBy(), p.identifyValue(),
              p.digest(), t.updatedAt(), now, Operation.Status.PENDING, p.knownId(), null, null, p.id(), 1);
      intents.add(intent);
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = JSON.convertValue(t.body(), Map.class);
      requests.add(new UpsertRequest(Modules.key(object.identifyBy(), p.identifyValue()), fields));
    }
    journal.recordIntents(intents);
    List<RecordOutcome> results = destination.upsertAll(Modules.entity(module), requests);
    List<Journal.Settled> outcomes = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      outcomes.add(outcome(intents.get(i), results.get(i).outcome()));
    }
    journal.recordOutcomes(outcomes);
    for (int i = 0; i < batch.size(); i++) {
      Operation op = outcomes.get(i).operation();
      Transformed t = batch.get(i).record();
      switch (op.status()) {
        case CREATED, UPDATED -> {
          sent++;
          reportSuccess(t, op.destinationId(), op.status().label());
        }
        case FAILED -> {
          sent++;
          reportError(t, records, op.error());
        }
        default -> { }
      }
    }
    listener.progress(object.id(), sent, toSend);
    if (stop.requested()) {
      throw new StopRequested();
    }
  }

  private Journal.Settled outcome(Operation intent, Outcome outcome) {
    Instant now = clock.instant();
    if (outcome instanceof Outcome.Created || outcome instanceof Outcome.Updated) {
      long id = outcome.destinationId().orElseThrow();
      // Created means absent before the run, whatever the API says now: an earlier attempt may have made it.
      boolean created = intent.kind() == Operation.Kind.CREATE || outcome instanceof Outcome.Created;
      Operation.Status status = created ? Operation.Status.CREATED : Operation.Status.UPDATED;
      int createdBy = created ? run : intent.previous() == null ? 0 : intent.previous().createdByRun();
      IdEntry entry = new IdEntry(intent.object(), intent.key(), intent.module(), id, intent.digest(),
          intent.sourceUpdatedAt(), createdBy, run);
      return new Journal.Settled(intent.settled(status, id, null, now), new Journal.Put(entry), null);
    }
    if (outcome instanceof Outcome.Rejected refused) {
      String reason = "refused by the destination (" + refused.status() + "): " + String.join("; ", refused.messages());
      return new Journal.Settled(intent.settled(Operation.Status.FAILED, intent.destinationId(), reason, now),
          new Journal.Keep(), null);
    }
    String reason = outcome instanceof Outcome.Unsettled unsettled ? unsettled.reason() : outcome.toString();
    return new Journal.Settled(intent.settled(Operation.Status.PENDING, intent.destinationId(), reason, null),
        new Journal.Keep(), "no clear answer: " + reason);
  }

  /** A record Ferry will not send, journaled as failed so status, the log and a resume all see it. */
  private void refuse(Transformed t, String digest, Optional<Operation> earlier, RecordStream records, String reason)
      throws IOException {
    Instant now = clock.instant();
    Operation op = new Operation(run, object.id(), t.key(), t.destination(),
        earlier.map(Operation::kind).orElse(Operation.Kind.CREATE), object.identifyBy(), null, digest,
        t.updatedAt(), now, Operation.Status.FAILED, earlier.map(Operation::destinationId).orElse(null), reason, now,
        earlier.map(Operation::previous).orElse(null), earlier.map(Operation::attempts).orElse(0));
    journal.recordOutcomes(List.of(new Journal.Settled(op, new Journal.Keep(), reason)));
    reportError(t, records, reason);
  }

  private void reportSuccess(Transformed t, Long destinationId, String status) throws IOException {
    if (reported.add(t.key())) {
      outputs.success(object.id(), t.key(), t.destination(), destinationId == null ? 0 : destinationId, status);
    }
  }

  private void reportError(Transformed t, RecordStream records, String reason) throws IOException {
    if (reported.add(t.key())) {
      outputs.error(records.header(), object.id(), t.key(), t.record(), reason);
    }
  }

  // ---- accounting

  private boolean anyToRetry() {
    boolean[] any = {false};
    journal.forEachOperation(run, object.id(), op -> any[0] |= !op.status().done());
    return any[0];
  }

  /** Every transformed record has an operation in this run, or was unchanged. */
  private Tally tally() {
    long[] counts = new long[4];
    long[] ops = {0};
    journal.forEachOperation(run, object.id(), op -> {
      ops[0]++;
      switch (op.status()) {
        case CREATED -> counts[0]++;
        case UPDATED -> counts[1]++;
        case FAILED -> counts[2]++;
        default -> counts[3]++;
      }
    });
    long unchanged = Math.max(0, transformed - ops[0]);
    return new Tally(read, rejected, counts[0], counts[1], unchanged, counts[2], counts[3], 0, 0);
  }
}
