package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything one sandbox account holds. The JSON form ({@link #toJson}) is the seed format, the snapshot format
 * and the admin export, so a seed file is simply the state an account starts in. Every mutation is also
 * recorded as a change, which {@link StateStore} appends to its journal so a crash loses nothing written.
 * Not thread-safe: callers hold the account's lock.
 */
final class AccountState {
  private final EnumMap<RecordKind, TreeMap<Long, ObjectNode>> records = new EnumMap<>(RecordKind.class);
  private final EnumMap<RecordKind, RecordIndex> indexes = new EnumMap<>(RecordKind.class);
  private final EnumMap<RecordKind, ArrayNode> customFields = new EnumMap<>(RecordKind.class);
  private final Map<String, ObjectNode> tags = new LinkedHashMap<>();
  private final List<ObjectNode> notes = new ArrayList<>();
  private final Map<String, ObjectNode> jobs = new LinkedHashMap<>();
  private ArrayNode users = Json.array();
  private ArrayNode lifecycleStages = Json.array();
  private long nextId = 1;
  private final List<ObjectNode> changes = new ArrayList<>();

  private AccountState() {
    for (RecordKind kind : RecordKind.values()) {
      records.put(kind, new TreeMap<>());
      indexes.put(kind, new RecordIndex());
      customFields.put(kind, Json.array());
    }
  }

  static AccountState fromJson(JsonNode json) {
    AccountState state = new AccountState();
    state.users = json.has("users") ? (ArrayNode) json.get("users").deepCopy() : Json.array();
    state.lifecycleStages = json.has("lifecycle_stages") ? (ArrayNode) json.get("lifecycle_stages").deepCopy() : Json.array();
    json.path("tags").forEach(tag -> state.tags.put(key(tag.path("name").asText()), (ObjectNode) tag.deepCopy()));
    JsonNode fields = json.path("custom_fields");
    for (RecordKind kind : RecordKind.values()) {
      if (fields.has(kind.plural)) {
        state.customFields.put(kind, (ArrayNode) fields.get(kind.plural).deepCopy());
      }
      json.path(kind.plural).forEach(r -> state.store(kind, (ObjectNode) r.deepCopy()));
    }
    json.path("notes").forEach(n -> state.notes.add((ObjectNode) n.deepCopy()));
    json.path("jobs").fields().forEachRemaining(e -> state.jobs.put(e.getKey(), (ObjectNode) e.getValue().deepCopy()));
    state.nextId = Math.max(json.path("next_id").asLong(1), state.highestId() + 1);
    return state;
  }

  ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("next_id", nextId);
    json.set("users", users.deepCopy());
    json.set("lifecycle_stages", lifecycleStages.deepCopy());
    ArrayNode tagList = json.putArray("tags");
    tags.values().forEach(t -> tagList.add(t.deepCopy()));
    ObjectNode fields = json.putObject("custom_fields");
    customFields.forEach((kind, list) -> fields.set(kind.plural, list.deepCopy()));
    records.forEach((kind, map) -> {
      ArrayNode list = json.putArray(kind.plural);
      map.values().forEach(r -> list.add(r.deepCopy()));
    });
    ArrayNode noteList = json.putArray("notes");
    notes.forEach(n -> noteList.add(n.deepCopy()));
    ObjectNode jobMap = json.putObject("jobs");
    jobs.forEach((id, job) -> jobMap.set(id, job.deepCopy()));
    return json;
  }

  long newId() {
    return nextId++;
  }

  ArrayNode users() {
    return users;
  }

  ArrayNode lifecycleStages() {
    return lifecycleStages;
  }

  ArrayNode customFields(RecordKind kind) {
    return customFields.get(kind);
  }

  Optional<JsonNode> customField(RecordKind kind, String name) {
    for (JsonNode field : customFields.get(kind)) {
      if (field.path("name").asText().equals(name)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  Collection<ObjectNode> tags() {
    return tags.values();
  }

  Collection<ObjectNode> records(RecordKind kind) {
    return records.get(kind).values();
  }

  Optional<ObjectNode> record(RecordKind kind, long id) {
    return Optional.ofNullable(records.get(kind).get(id));
  }

  Optional<ObjectNode> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  boolean userExists(long id) {
    for (JsonNode user : users) {
      if (user.path("id").asLong() == id) {
        return true;
      }
    }
    return false;
  }

  boolean lifecycleStageExists(long id) {
    for (JsonNode stage : lifecycleStages) {
      if (stage.path("id").asLong() == id) {
        return true;
      }
    }
    return false;
  }

  /** Records whose {@code field} holds {@code value}, matched the way upserts and lookups match. */
  List<ObjectNode> findBy(RecordKind kind, String field, String value) {
    if (!RecordIndex.covers(field)) {
      return records.get(kind).values().stream().filter(r -> RecordShape.matches(r, field, value)).toList();
    }
    return indexes.get(kind).find(field, value).stream().map(id -> records.get(kind).get(id))
        .filter(r -> RecordShape.matches(r, field, value)).toList();
  }

  void put(RecordKind kind, ObjectNode record) {
    store(kind, record);
    change("put").put("kind", kind.plural).set("record", record.deepCopy());
  }

  void remove(RecordKind kind, long id) {
    if (unstore(kind, id)) {
      change("remove").put("kind", kind.plural).put("id", id);
    }
  }

  /** Adds a custom field to a module's metadata, as an admin does in the settings; an existing name is kept. */
  boolean addCustomField(RecordKind kind, ObjectNode field) {
    if (customField(kind, field.path("name").asText()).isPresent()) {
      return false;
    }
    customFields.get(kind).add(field);
    change("field").put("kind", kind.plural).set("field", field.deepCopy());
    return true;
  }

  void addNote(ObjectNode note) {
    notes.add(note);
    change("note").set("note", note.deepCopy());
  }

  /** Adds a tag the account has not seen yet; the API creates tags named on records that do not exist. */
  void ensureTag(String name) {
    if (tags.containsKey(key(name))) {
      return;
    }
    ObjectNode tag = Json.object().put("id", newId()).put("name", name);
    tags.put(key(name), tag);
    change("tag").set("tag", tag.deepCopy());
  }

  void putJob(ObjectNode job) {
    jobs.put(job.path("id").asText(), job);
    change("job").set("job", job.deepCopy());
  }

  /** The changes made since the last drain, each carrying the id counter so a replay restores it too. */
  List<ObjectNode> drainChanges() {
    List<ObjectNode> drained = List.copyOf(changes);
    changes.clear();
    drained.forEach(c -> c.put("next_id", nextId));
    return drained;
  }

  /** Re-applies a journal line written by {@link #drainChanges}. */
  void replay(JsonNode change) {
    switch (change.path("op").asText()) {
      case "put" -> kind(change).ifPresent(k -> store(k, (ObjectNode) change.get("record").deepCopy()));
      case "remove" -> kind(change).ifPresent(k -> unstore(k, change.path("id").asLong()));
      case "note" -> notes.add((ObjectNode) change.get("note").deepCopy());
      case "field" -> kind(change).ifPresent(k -> customFields.get(k).add(change.get("field").deepCopy()));
      case "tag" -> tags.put(key(change.path("tag").path("name").asText()), (ObjectNode) change.get("tag").deepCopy());
      case "job" -> jobs.put(change.path("job").path("id").asText(), (ObjectNode) change.get("job").deepCopy());
      default -> throw new IllegalStateException("unknown journal entry: " + change.path("op").asText());
    }
    nextId = Math.max(nextId, change.path("next_id").asLong(nextId));
    changes.clear();
  }

  private void store(RecordKind kind, ObjectNode record) {
    ObjectNode previous = records.get(kind).put(record.path("id").asLong(), record);
    if (previous != null) {
      indexes.get(kind).remove(previous);
    }
    indexes.get(kind).add(record);
  }

  private boolean unstore(RecordKind kind, long id) {
    ObjectNode previous = records.get(kind).remove(id);
    if (previous != null) {
      indexes.get(kind).remove(previous);
    }
    return previous != null;
  }

  private static Optional<RecordKind> kind(JsonNode change) {
    return RecordKind.fromPath(change.path("kind").asText());
  }

  private ObjectNode change(String op) {
    ObjectNode change = Json.object().put("op", op);
    changes.add(change);
    return change;
  }

  private long highestId() {
    long highest = 0;
    for (TreeMap<Long, ObjectNode> map : records.values()) {
      if (!map.isEmpty()) {
        highest = Math.max(highest, map.lastKey());
      }
    }
    for (ObjectNode note : notes) {
      highest = Math.max(highest, note.path("id").asLong());
    }
    for (ObjectNode tag : tags.values()) {
      highest = Math.max(highest, tag.path("id").asLong());
    }
    return highest;
  }

  private static String key(String tagName) {
    return tagName.toLowerCase(Locale.ROOT);
  }
}
