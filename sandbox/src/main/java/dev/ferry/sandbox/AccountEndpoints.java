package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the account knows besides records, and the ways to find records: owners, tags, lifecycle stages, field
 * metadata, the lookup search and notes.
 */
final class AccountEndpoints {
  private final Clock clock;

  AccountEndpoints(Clock clock) {
    this.clock = clock;
  }

  /** {@code GET /selector/<name>} for owners, tags and lifecycle stages. */
  Reply selector(String name, AccountState state) {
    ObjectNode body = Json.object();
    switch (name) {
      case "owners" -> body.set("users", state.users().deepCopy());
      case "lifecycle_stages" -> body.set("lifecycle_stages", state.lifecycleStages().deepCopy());
      case "tags" -> {
        ArrayNode tags = body.putArray("tags");
        state.tags().forEach(t -> tags.add(t.deepCopy()));
      }
      default -> {
        return Reply.notFound("No selector " + name);
      }
    }
    return Reply.ok(body);
  }

  /** {@code GET /settings/<kind>/fields}: standard fields, then the account's custom fields. */
  Reply fields(RecordKind kind, AccountState state) {
    ObjectNode body = Json.object();
    body.set("fields", StandardFields.metadata(kind, state.customFields(kind)));
    return Reply.ok(body);
  }

  /**
   * {@code GET /lookup?q=<value>&f=<field>&entities=contact,sales_account}: exact matches on one field, answered
   * as {@code {"contacts": {"contacts": [...]}}} per entity asked for.
   */
  Reply lookup(ApiRequest request, AccountState state) {
    String q = request.query().getOrDefault("q", "");
    if (q.isBlank()) {
      return Reply.badRequest(List.of("q can't be blank"));
    }
    String field = request.query().getOrDefault("f", "email");
    List<RecordKind> kinds = new ArrayList<>();
    String entities = request.query().getOrDefault("entities", "");
    if (entities.isBlank()) {
      kinds.addAll(List.of(RecordKind.values()));
    } else {
      for (String name : Arrays.stream(entities.split(",")).map(String::trim).toList()) {
        Optional<RecordKind> kind = RecordKind.fromEntityName(name);
        if (kind.isEmpty()) {
          return Reply.badRequest(List.of("Unknown entity " + name));
        }
        kinds.add(kind.get());
      }
    }
    ObjectNode body = Json.object();
    for (RecordKind kind : kinds) {
      ArrayNode found = body.putObject(kind.plural).putArray(kind.plural);
      state.findBy(kind, field, q).forEach(r -> found.add(r.deepCopy()));
    }
    return Reply.ok(body);
  }

  /** {@code POST /notes} with {@code {"note": {"description", "targetable_type", "targetable_id"}}}. */
  Reply createNote(ApiRequest request, AccountState state) {
    JsonNode note = request.body().has("note") ? request.body().get("note") : request.body();
    List<String> problems = new ArrayList<>();
    if (note.path("description").asText("").isBlank()) {
      problems.add("Description can't be blank");
    }
    Optional<RecordKind> target = RecordKind.fromTargetable(note.path("targetable_type").asText(""));
    if (target.isEmpty()) {
      problems.add("targetable_type must be Contact, SalesAccount or Lead");
    } else if (state.record(target.get(), note.path("targetable_id").asLong()).isEmpty()) {
      problems.add(target.get().targetableType + " " + note.path("targetable_id").asText() + " does not exist");
    }
    if (!problems.isEmpty()) {
      return Reply.badRequest(problems);
    }
    ObjectNode stored = Json.object();
    stored.put("id", state.newId()).put("description", note.path("description").asText())
        .put("targetable_type", target.get().targetableType).put("targetable_id", note.path("targetable_id").asLong())
        .put("created_at", clock.instant().toString());
    state.addNote(stored);
    ObjectNode body = Json.object();
    body.set("note", stored.deepCopy());
    return Reply.created(body);
  }
}
