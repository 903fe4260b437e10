package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contacts, sales accounts and leads: create, view, update, delete, upsert and list by view. Bulk endpoints,
 * lookups and jobs live in their own classes; this one owns the single-record rules they all reuse.
 */
final class RecordEndpoints {
  /** What one upsert did, in the terms a bulk job reports per record. */
  record Upserted(Reply reply, String status, long id) {}

  private final Clock clock;

  RecordEndpoints(Clock clock) {
    this.clock = clock;
  }

  Reply create(RecordKind kind, ApiRequest request, AccountState state) {
    Optional<ObjectNode> fields = fieldsOf(kind, request.body());
    if (fields.isEmpty()) {
      return Reply.badRequest(List.of("Request body must be a JSON object with \"" + kind.singular + "\""));
    }
    return createRecord(kind, fields.get(), state).reply();
  }

  Reply view(RecordKind kind, long id, AccountState state) {
    return state.record(kind, id)
        .map(r -> Reply.ok(wrap(kind, r)))
        .orElseGet(() -> notFound(kind, id));
  }

  Reply update(RecordKind kind, long id, ApiRequest request, AccountState state) {
    Optional<ObjectNode> existing = state.record(kind, id);
    if (existing.isEmpty()) {
      return notFound(kind, id);
    }
    Optional<ObjectNode> fields = fieldsOf(kind, request.body());
    if (fields.isEmpty()) {
      return Reply.badRequest(List.of("Request body must be a JSON object with \"" + kind.singular + "\""));
    }
    return updateRecord(kind, existing.get(), fields.get(), state).reply();
  }

  Reply delete(RecordKind kind, long id, AccountState state) {
    if (state.record(kind, id).isEmpty()) {
      return notFound(kind, id);
    }
    state.remove(kind, id);
    return Reply.noContent();
  }

  /** {@code POST /<kind>/upsert} with {@code {"unique_identifier": {"<field>": "<value>"}, "<kind>": {...}}}. */
  Reply upsert(RecordKind kind, ApiRequest request, AccountState state) {
    JsonNode identifier = request.body().path("unique_identifier");
    if (!identifier.isObject() || identifier.size() != 1) {
      return Reply.badRequest(List.of("unique_identifier must name exactly one field and its value"));
    }
    Map.Entry<String, JsonNode> key = identifier.fields().next();
    JsonNode given = request.body().get(kind.singular);
    ObjectNode fields = given instanceof ObjectNode o ? o.deepCopy() : Json.object();
    return upsertOne(kind, key.getKey(), key.getValue(), fields, state).reply();
  }

  Upserted upsertOne(RecordKind kind, String field, JsonNode value, ObjectNode fields, AccountState state) {
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return failed(List.of("unique_identifier " + field + " has no value"));
    }
    List<ObjectNode> matches = field.equals("id")
        ? state.record(kind, value.asLong()).stream().toList()
        : state.findBy(kind, field, value.asText());
    if (matches.size() > 1) {
      return failed(List.of("More than one " + kind.singular + " has " + field + " " + value.asText()));
    }
    if (matches.size() == 1) {
      return updateRecord(kind, matches.get(0), fields, state);
    }
    if (field.equals("id")) {
      return new Upserted(notFound(kind, value.asLong()), "failed", 0);
    }
    RecordShape.putIdentifier(fields, field, value);
    return createRecord(kind, fields, state);
  }

  /** {@code GET /<kind>/filters}: the one "All" view the sandbox lists records through. */
  Reply filters(RecordKind kind) {
    ObjectNode body = Json.object();
    ObjectNode view = body.putArray("filters").addObject();
    view.put("id", kind.allView).put("name", kind.allViewName()).put("model_class_name", kind.targetableType)
        .put("is_default", true);
    return Reply.ok(body);
  }

  /** {@code GET /<kind>/view/<id>?page=&per_page=}: records by id, with {@code meta.total_pages}. */
  Reply list(RecordKind kind, long viewId, ApiRequest request, AccountState state) {
    if (viewId != kind.allView) {
      return Reply.notFound("View " + viewId + " does not exist");
    }
    int perPage = Math.max(1, Math.min(100, request.queryInt("per_page", 25)));
    int page = Math.max(1, request.queryInt("page", 1));
    List<ObjectNode> all = List.copyOf(state.records(kind));
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray(kind.plural);
    all.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(r -> items.add(r.deepCopy()));
    body.putObject("meta").put("total_pages", (all.size() + perPage - 1) / perPage).put("total", all.size());
    return Reply.ok(body);
  }

  static ObjectNode wrap(RecordKind kind, JsonNode record) {
    ObjectNode body = Json.object();
    body.set(kind.singular, record.deepCopy());
    return body;
  }

  /** The API takes {@code {"contact": {...}}}; some clients send the fields bare, which it accepts too. */
  static Optional<ObjectNode> fieldsOf(RecordKind kind, JsonNode body) {
    if (body == null || !body.isObject()) {
      return Optional.empty();
    }
    JsonNode wrapped = body.get(kind.singular);
    if (wrapped != null) {
      return wrapped.isObject() ? Optional.of(((ObjectNode) wrapped).deepCopy()) : Optional.empty();
    }
    return Optional.of(((ObjectNode) body).deepCopy());
  }

  private Upserted createRecord(RecordKind kind, ObjectNode fields, AccountState state) {
    List<String> problems = RecordRules.check(kind, fields, Optional.empty(), state);
    if (!problems.isEmpty()) {
      return failed(problems);
    }
    ObjectNode record = RecordShape.apply(kind, Optional.empty(), fields, state.newId(), clock.instant(), state);
    state.put(kind, record);
    return new Upserted(Reply.created(wrap(kind, record)), "created", record.path("id").asLong());
  }

  private Upserted updateRecord(RecordKind kind, ObjectNode existing, ObjectNode fields, AccountState state) {
    List<String> problems = RecordRules.check(kind, fields, Optional.of(existing), state);
    if (!problems.isEmpty()) {
      return failed(problems);
    }
    long id = existing.path("id").asLong();
    ObjectNode record = RecordShape.apply(kind, Optional.of(existing), fields, id, clock.instant(), state);
    state.put(kind, record);
    return new Upserted(Reply.ok(wrap(kind, record)), "updated", id);
  }

  private static Upserted failed(List<String> problems) {
    return new Upserted(Reply.badRequest(problems), "failed", 0);
  }

  private static Reply notFound(RecordKind kind, long id) {
    return Reply.notFound("No " + kind.singular + " with id " + id);
  }
}
