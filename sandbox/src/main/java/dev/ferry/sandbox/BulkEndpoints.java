package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code bulk_upsert}, {@code bulk_destroy} and the job status a bulk upsert answers with. The API queues a
 * bulk upsert as a job and answers at once with the job's URL; the sandbox applies the records when the request
 * arrives (so they are persisted before it answers) and can make the job look in progress for a few polls.
 */
final class BulkEndpoints {
  static final int MAX_RECORDS = 100;

  private final RecordEndpoints records;
  private final Clock clock;
  private final int pollsUntilDone;
  private final Map<String, Integer> polls = new HashMap<>();

  BulkEndpoints(RecordEndpoints records, Clock clock, int pollsUntilDone) {
    this.records = records;
    this.clock = clock;
    this.pollsUntilDone = pollsUntilDone;
  }

  /**
   * {@code POST /<kind>/bulk_upsert} with {@code {"<kind>": [{"<identifier field>": "<value>", "data": {...}}]}}.
   * Each item names its identifier as its one key besides {@code data}; an item may instead carry
   * {@code {"unique_identifier": {...}, "data": {...}}}.
   */
  Reply upsert(RecordKind kind, ApiRequest request, AccountState state) {
    JsonNode items = request.body().path(kind.plural);
    if (!items.isArray() || items.isEmpty()) {
      return Reply.badRequest(List.of("\"" + kind.plural + "\" must be a non-empty list"));
    }
    if (items.size() > MAX_RECORDS) {
      return Reply.badRequest(List.of("At most " + MAX_RECORDS + " " + kind.plural + " can be upserted in one request"));
    }
    ArrayNode results = Json.array();
    int failures = 0;
    for (int i = 0; i < items.size(); i++) {
      ObjectNode result = upsertItem(kind, items.get(i), state);
      result.put("index", i);
      failures += result.path("status").asText().equals("failed") ? 1 : 0;
      results.add(result);
    }
    String id = UUID.nameUUIDFromBytes(("job-" + state.newId()).getBytes(StandardCharsets.UTF_8)).toString();
    ObjectNode job = Json.object();
    job.put("id", id).put("entity", kind.plural).put("status", "completed").put("total", items.size())
        .put("success_count", items.size() - failures).put("failure_count", failures)
        .put("created_at", clock.instant().toString());
    job.set("records", results);
    state.putJob(job);
    ObjectNode body = Json.object();
    body.put("message", "Your request to upsert " + kind.plural + " is queued");
    body.put("job_status_url", request.baseUrl() + "/job_statuses/" + id);
    return Reply.ok(body);
  }

  /** {@code POST /<kind>/bulk_destroy} with {@code {"selected_ids": [...]}}; unknown ids are skipped. */
  Reply destroy(RecordKind kind, ApiRequest request, AccountState state) {
    JsonNode ids = request.body().path("selected_ids");
    if (!ids.isArray() || ids.isEmpty()) {
      return Reply.badRequest(List.of("selected_ids must be a non-empty list"));
    }
    if (ids.size() > MAX_RECORDS) {
      return Reply.badRequest(List.of("At most " + MAX_RECORDS + " " + kind.plural + " can be deleted in one request"));
    }
    ids.forEach(id -> state.remove(kind, id.asLong()));
    return Reply.ok(Json.object().put("message", kind.plural + " deleted successfully"));
  }

  /** {@code GET /job_statuses/<id>}: in progress for the configured number of polls, then the per-record results. */
  Reply job(String id, AccountState state) {
    return state.job(id).map(job -> {
      int seen = polls.merge(id, 1, Integer::sum);
      ObjectNode status = job.deepCopy();
      if (seen <= pollsUntilDone) {
        status.put("status", "in_progress");
        status.remove("records");
        status.remove("success_count");
        status.remove("failure_count");
      }
      ObjectNode body = Json.object();
      body.set("job_status", status);
      return Reply.ok(body);
    }).orElseGet(() -> Reply.notFound("No job with id " + id));
  }

  private ObjectNode upsertItem(RecordKind kind, JsonNode item, AccountState state) {
    ObjectNode result = Json.object();
    if (!item.isObject()) {
      return failedItem(result, "each item must be an object");
    }
    JsonNode identifier = item.has("unique_identifier") ? item.get("unique_identifier") : identifierOf(item);
    if (!identifier.isObject() || identifier.size() != 1) {
      return failedItem(result, "each item must name exactly one unique identifier besides \"data\"");
    }
    Map.Entry<String, JsonNode> key = identifier.fields().next();
    result.set("unique_identifier", identifier.deepCopy());
    JsonNode data = item.has("data") ? item.get("data") : item.get(kind.singular);
    ObjectNode fields = data instanceof ObjectNode o ? o.deepCopy() : Json.object();
    RecordEndpoints.Upserted done = records.upsertOne(kind, key.getKey(), key.getValue(), fields, state);
    result.put("status", done.status());
    if (done.reply().succeeded()) {
      result.put("id", done.id());
    } else {
      result.set("errors", done.reply().body().path("errors").path("message").deepCopy());
    }
    return result;
  }

  private static ObjectNode identifierOf(JsonNode item) {
    ObjectNode identifier = Json.object();
    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("data")) {
        identifier.set(e.getKey(), e.getValue());
      }
    }
    return identifier;
  }

  private static ObjectNode failedItem(ObjectNode result, String message) {
    result.put("status", "failed");
    result.putArray("errors").add(message);
    return result;
  }
}
