package dev.ferry.freshsales;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Batch writes with as few requests as the API allows. Contacts and sales accounts have {@code bulk_upsert}
 * (at most 100 records a request, queued as a job whose URL the answer gives, polled until done) and
 * {@code bulk_destroy} ({@code selected_ids}, at most 100). Leads in the Lead module have neither, so their
 * batches go record by record. Outcomes come back in input order. A record the job result does not account for
 * is settled by looking it up by its key.
 */
final class BulkWrites {
  static final int MAX_BATCH = 100;
  private static final int MAX_JOB_POLLS = 120;
  private static final Logger LOG = Logger.getLogger(BulkWrites.class.getName());

  private final Transport transport;
  private final Targets targets;
  private final RecordWrites single;
  private final RecordReads reads;
  private final ExecutorService workers;
  private final Sleeper sleeper;
  private final Backoff pollPace;

  BulkWrites(Transport transport, Targets targets, RecordWrites single, RecordReads reads, ExecutorService workers,
      Sleeper sleeper, Backoff pollPace) {
    this.transport = transport;
    this.targets = targets;
    this.single = single;
    this.reads = reads;
    this.workers = workers;
    this.sleeper = sleeper;
    this.pollPace = pollPace;
  }

  List<RecordOutcome> upsertAll(Entity entity, List<UpsertRequest> requests) {
    Targets.Target target = targets.of(entity);
    if (target.module() == Entity.LEAD) {
      return inParallel(requests, one -> List.of(new RecordOutcome(one.get(0).key(), single.upsert(entity, one.get(0)))), 1);
    }
    return inParallel(requests, batch -> upsertBatch(entity, target, batch), MAX_BATCH);
  }

  List<Outcome> deleteAll(Entity entity, List<Long> ids) {
    Targets.Target target = targets.of(entity);
    if (target.module() == Entity.LEAD) {
      return inParallel(ids, one -> List.of(single.delete(entity, one.get(0))), 1);
    }
    return inParallel(ids, batch -> destroyBatch(target, batch), MAX_BATCH);
  }

  private List<RecordOutcome> upsertBatch(Entity entity, Targets.Target target, List<UpsertRequest> batch) {
    ObjectNode body = (ObjectNode) transport.toJson(Map.of());
    ArrayNode items = body.putArray(target.module().plural());
    for (UpsertRequest request : batch) {
      Map<String, Object> data = new LinkedHashMap<>(request.fields());
      data.putAll(target.impliedFields());
      ObjectNode item = items.addObject();
      item.put(request.key().field(), request.key().value());
      item.set("data", transport.toJson(data));
    }
    ApiResponse accepted;
    try {
      accepted = transport.send(ApiCall.repeatable("POST", "/" + target.module().plural() + "/bulk_upsert", body));
    } catch (TransportFailure e) {
      return all(batch, new Outcome.Unsettled(e.getMessage()));
    }
    if (!accepted.ok()) {
      Outcome outcome = accepted.serverError() || accepted.status() == 429
          ? new Outcome.Unsettled("bulk upsert kept failing (" + accepted.status() + ")")
          : new Outcome.Rejected(accepted.status(), accepted.messages());
      return all(batch, outcome);
    }
    String jobUrl = accepted.body().path("job_status_url").asText("");
    if (jobUrl.isEmpty()) {
      return settleEach(entity, batch, Map.of());
    }
    Optional<JsonNode> job = awaitJob(jobUrl);
    if (job.isEmpty()) {
      return all(batch, new Outcome.Unsettled("bulk upsert job " + jobUrl + " did not finish"));
    }
    Map<Integer, JsonNode> byIndex = new LinkedHashMap<>();
    JsonNode results = job.get().path("records");
    for (int i = 0; i < results.size(); i++) {
      JsonNode result = results.get(i);
      byIndex.put(result.path("index").asInt(i), result);
    }
    return settleEach(entity, batch, byIndex);
  }

  private List<RecordOutcome> settleEach(Entity entity, List<UpsertRequest> batch, Map<Integer, JsonNode> results) {
    List<RecordOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      UpsertRequest request = batch.get(i);
      JsonNode result = results.get(i);
      outcomes.add(new RecordOutcome(request.key(), result == null ? lookUp(entity, request) : outcome(result)));
    }
    return outcomes;
  }

  /** The job result does not account for this record: whether it exists now is what the caller needs. */
  private Outcome lookUp(Entity entity, UpsertRequest request) {
    LOG.fine(() -> "bulk job gave no result for " + request.key().field() + "; settling by lookup");
    return reads.find(entity, request.key()).<Outcome>map(r -> new Outcome.Updated(r.id()))
        .orElseGet(() -> new Outcome.Unsettled("bulk upsert reported nothing for " + request.key()
            + " and a lookup does not find it"));
  }

  private static Outcome outcome(JsonNode result) {
    long id = result.path("id").asLong();
    return switch (result.path("status").asText()) {
      case "created" -> new Outcome.Created(id);
      case "updated" -> new Outcome.Updated(id);
      default -> {
        List<String> messages = new ArrayList<>();
        result.path("errors").forEach(m -> messages.add(m.asText()));
        yield new Outcome.Rejected(400, messages.isEmpty() ? List.of("rejected by the bulk upsert job") : messages);
      }
    };
  }

  private Optional<JsonNode> awaitJob(String jobUrl) {
    for (int poll = 1; poll <= MAX_JOB_POLLS; poll++) {
      JsonNode body = Reads.require(transport, ApiCall.get(jobUrl));
      JsonNode job = body.has("job_status") ? body.get("job_status") : body;
      String status = job.path("status").asText("");
      if (!status.equals("in_progress") && !status.equals("queued") && !status.equals("pending")) {
        return Optional.of(job);
      }
      Duration wait = pollPace.delay(Math.min(poll, 5));
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FreshsalesException(FreshsalesException.Problem.INTERRUPTED, "interrupted while polling a bulk job");
      }
    }
    return Optional.empty();
  }

  private List<Outcome> destroyBatch(Targets.Target target, List<Long> ids) {
    ObjectNode body = (ObjectNode) transport.toJson(Map.of("selected_ids", ids));
    try {
      ApiResponse response = transport.send(
          ApiCall.repeatable("POST", "/" + target.module().plural() + "/bulk_destroy", body));
      if (response.ok()) {
        return ids.stream().<Outcome>map(Outcome.Deleted::new).toList();
      }
      Outcome outcome = response.serverError() || response.status() == 429
          ? new Outcome.Unsettled("bulk destroy kept failing (" + response.status() + ")")
          : new Outcome.Rejected(response.status(), response.messages());
      return ids.stream().map(id -> outcome).toList();
    } catch (TransportFailure e) {
      return ids.stream().<Outcome>map(id -> new Outcome.Unsettled(e.getMessage())).toList();
    }
  }

  private static List<RecordOutcome> all(List<UpsertRequest> batch, Outcome outcome) {
    return batch.stream().map(r -> new RecordOutcome(r.key(), outcome)).toList();
  }

  /** Splits into batches, runs them on the client's workers, and joins the results in input order. */
  private <I, O> List<O> inParallel(List<I> inputs, Function<List<I>, List<O>> work, int batchSize) {
    List<Future<List<O>>> futures = new ArrayList<>();
    for (int start = 0; start < inputs.size(); start += batchSize) {
      List<I> batch = List.copyOf(inputs.subList(start, Math.min(inputs.size(), start + batchSize)));
      Callable<List<O>> task = () -> work.apply(batch);
      futures.add(workers.submit(task));
    }
    List<O> outputs = new ArrayList<>(inputs.size());
    for (Future<List<O>> future : futures) {
      try {
        outputs.addAll(future.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FreshsalesException(FreshsalesException.Problem.INTERRUPTED, "interrupted during a batch write");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
    return outputs;
  }
}
