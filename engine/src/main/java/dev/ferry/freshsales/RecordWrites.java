package dev.ferry.freshsales;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Single-record writes. Updates, upserts and deletes are safe to repeat and the transport retries them. A
 * create is not: when one may have reached the server without an answer (timeout, dropped connection, 5xx),
 * it is settled by looking the record up by its unique key, and sent again only if the lookup finds nothing
 * (up to the configured number of attempts).
 */
final class RecordWrites {
  private static final Logger LOG = Logger.getLogger(RecordWrites.class.getName());

  private final Transport transport;
  private final Targets targets;
  private final RecordReads reads;
  private final int maxAttempts;

  RecordWrites(Transport transport, Targets targets, RecordReads reads, int maxAttempts) {
    this.transport = transport;
    this.targets = targets;
    this.reads = reads;
    this.maxAttempts = maxAttempts;
  }

  Outcome create(Entity entity, UniqueKey key, Map<String, Object> fields) {
    Targets.Target target = targets.of(entity);
    ApiCall call = ApiCall.once("POST", "/" + target.module().plural(), wrap(target, fields));
    for (int sent = 1; ; sent++) {
      Optional<ApiResponse> answer = sendOnce(call);
      if (answer.isPresent() && !answer.get().serverError()) {
        return created(target.module(), answer.get());
      }
      Optional<RemoteRecord> found = reads.find(entity, key);
      if (found.isPresent()) {
        LOG.info(() -> "create of " + target.module().singular() + " " + key.field()
            + " had no clear answer; settled by lookup: it exists");
        return new Outcome.Created(found.get().id());
      }
      if (sent >= maxAttempts) {
        return new Outcome.Unsettled("create of " + entity.singular() + " " + key + " got no clear answer "
            + sent + " times, and a lookup does not find it");
      }
      LOG.info(() -> "create of " + target.module().singular() + " had no clear answer and a lookup does not find "
          + "it; sending it again");
    }
  }

  Outcome update(Entity entity, long id, Map<String, Object> fields) {
    Targets.Target target = targets.of(entity);
    String path = "/" + target.module().plural() + "/" + id;
    return repeatable(ApiCall.repeatable("PUT", path, wrap(target, fields)), response -> new Outcome.Updated(id),
        "update of " + entity.singular() + " " + id);
  }

  /** {@code POST /<module>/upsert} with {@code {"unique_identifier": {field: value}, "<module>": {...}}}. */
  Outcome upsert(Entity entity, UpsertRequest request) {
    Targets.Target target = targets.of(entity);
    ObjectNode body = wrap(target, request.fields());
    body.putObject("unique_identifier").put(request.key().field(), request.key().value());
    ApiCall call = ApiCall.repeatable("POST", "/" + target.module().plural() + "/upsert", body);
    return repeatable(call, response -> {
      long id = response.body().path(target.module().singular()).path("id").asLong();
      return response.status() == 201 ? new Outcome.Created(id) : new Outcome.Updated(id);
    }, "upsert of " + entity.singular() + " " + request.key());
  }

  /** A delete that finds nothing has the effect asked for, so 404 counts as deleted: retries stay idempotent. */
  Outcome delete(Entity entity, long id) {
    Targets.Target target = targets.of(entity);
    ApiCall call = ApiCall.repeatable("DELETE", "/" + target.module().plural() + "/" + id, null);
    try {
      ApiResponse response = transport.send(call);
      if (response.ok() || response.status() == 404) {
        return new Outcome.Deleted(id);
      }
      return rejectedOrUnsettled(response, "delete of " + entity.singular() + " " + id);
    } catch (TransportFailure e) {
      return new Outcome.Unsettled(e.getMessage());
    }
  }

  /** Notes have no key to look them up by, so an unanswered note is reported unsettled rather than resent. */
  Outcome addNote(Entity entity, long recordId, String text) {
    Entity module = targets.of(entity).module();
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("description", text);
    note.put("targetable_type", module.targetableType());
    note.put("targetable_id", recordId);
    ObjectNode body = (ObjectNode) transport.toJson(Map.of("note", note));
    Optional<ApiResponse> answer = sendOnce(ApiCall.once("POST", "/notes", body));
    if (answer.isEmpty() || answer.get().serverError()) {
      return new Outcome.Unsettled("note on " + module.singular() + " " + recordId + " got no clear answer");
    }
    ApiResponse response = answer.get();
    if (!response.ok()) {
      return new Outcome.Rejected(response.status(), response.messages());
    }
    return new Outcome.Created(response.body().path("note").path("id").asLong());
  }

  private ObjectNode wrap(Targets.Target target, Map<String, Object> fields) {
    Map<String, Object> all = new LinkedHashMap<>(fields);
    all.putAll(target.impliedFields());
    return (ObjectNode) transport.toJson(Map.of(target.module().singular(), all));
  }

  /** Empty when the request may have reached the server but no answer came back. */
  private Optional<ApiResponse> sendOnce(ApiCall call) {
    try {
      return Optional.of(transport.send(call));
    } catch (TransportFailure e) {
      if (!e.mayHaveApplied()) {
        throw new FreshsalesException(FreshsalesException.Problem.UNREACHABLE, e.getMessage(), e);
      }
      return Optional.empty();
    }
  }

  private static Outcome created(Entity module, ApiResponse response) {
    if (!response.ok()) {
      return new Outcome.Rejected(response.status(), response.messages());
    }
    JsonNode id = response.body().path(module.singular()).path("id");
    return new Outcome.Created(id.asLong());
  }

  private Outcome repeatable(ApiCall call, java.util.function.Function<ApiResponse, Outcome> onSuccess, String what) {
    try {
      ApiResponse response = transport.send(call);
      return response.ok() ? onSuccess.apply(response) : rejectedOrUnsettled(response, what);
    } catch (TransportFailure e) {
      return new Outcome.Unsettled(e.getMessage());
    }
  }

  private Outcome rejectedOrUnsettled(ApiResponse response, String what) {
    if (response.serverError() || response.status() == 429) {
      return new Outcome.Unsettled(what + " kept failing at " + transport.baseUrl() + " (" + response.status()
          + "): " + String.join("; ", response.messages()));
    }
    return new Outcome.Rejected(response.status(), List.copyOf(response.messages()));
  }
}
