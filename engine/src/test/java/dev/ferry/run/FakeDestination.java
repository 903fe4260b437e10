package dev.ferry.run;

import dev.ferry.freshsales.Entity;
import dev.ferry.freshsales.FieldInfo;
import dev.ferry.freshsales.Outcome;
import dev.ferry.freshsales.Owner;
import dev.ferry.freshsales.RecordOutcome;
import dev.ferry.freshsales.RemoteRecord;
import dev.ferry.freshsales.Tag;
import dev.ferry.freshsales.UniqueKey;
import dev.ferry.freshsales.UpsertRequest;
import dev.ferry.plan.ExecutionPlan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * An in-memory destination that upserts on custom fields, counts what it is sent, and can die on cue: after
 * applying a given number of records, it throws, as a process killed mid-call would leave things.
 */
final class FakeDestination implements Destination {

  /** What the process "dies" with; the run does not catch it. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash() {
      super("killed", null, false, false);
    }
  }

  final Map<Entity, TreeMap<Long, Map<String, Object>>> records = new EnumMap<>(Entity.class);
  final Map<String, Integer> upsertsByKey = new HashMap<>();
  final List<Consumer<List<UpsertRequest>>> beforeUpsert = new ArrayList<>();
  int writeRequests;
  int readRequests;
  private final ExecutionPlan plan;
  private long nextId = 1000;
  private int crashAfterRecords = -1;

  FakeDestination(ExecutionPlan plan) {
    this.plan = plan;
    for (Entity entity : Entity.values()) {
      records.put(entity, new TreeMap<>());
    }
  }

  /** Applies this many more records, then dies (before answering the call it was in). */
  void crashAfter(int appliedRecords) {
    this.crashAfterRecords = appliedRecords;
  }

  long put(Entity entity, Map<String, Object> fields) {
    long id = nextId++;
    Map<String, Object> record = new LinkedHashMap<>();
    merge(record, fields);
    record.put("id", id);
    records.get(entity).put(id, record);
    return id;
  }

  long count(Entity entity) {
    return records.get(entity).size();
  }

  @Override
  public List<Owner> owners() {
    readRequests++;
    return List.of(new Owner(9001, "anna.larsen@nordhavn.example", "Anna", true),
        new Owner(9002, "mikkel.holm@nordhavn.example", "Mikkel", true),
        new Owner(9003, "sofie.berg@nordhavn.example", "Sofie", true),
        new Owner(9004, "jonas.krogh@nordhavn.example", "Jonas", true),
        new Owner(9005, "migration.owner@nordhavn.example", "Migration", true));
  }

  @Override
  public List<Tag> tags() {
    readRequests++;
    return List.of();
  }

  @Override
  public List<FieldInfo> fields(Entity entity) {
    readRequests++;
    return plan.customFields().stream()
        .map(f -> new FieldInfo(f.name(), f.label(), f.type(), false, true, List.of())).toList();
  }

  @Override
  public List<RecordOutcome> upsertAll(Entity entity, List<UpsertRequest> requests) {
    writeRequests++;
    beforeUpsert.forEach(hook -> hook.accept(requests));
    List<RecordOutcome> outcomes = new ArrayList<>();
    for (UpsertRequest request : requests) {
      if (crashAfterRecords == 0) {
        crashAfterRecords = -1;
        throw new Crash();
      }
      if (crashAfterRecords > 0) {
        crashAfterRecords--;
      }
      upsertsByKey.merge(request.key().value(), 1, Integer::sum);
      Optional<Map<String, Object>> existing = match(entity, request.key());
      if (existing.isPresent()) {
        merge(existing.get(), request.fields());
        outcomes.add(new RecordOutcome(request.key(), new Outcome.Updated((Long) existing.get().get("id"))));
      } else {
        long id = put(entity, request.fields());
        outcomes.add(new RecordOutcome(request.key(), new Outcome.Created(id)));
      }
    }
    if (crashAfterRecords == 0) {
      crashAfterRecords = -1;
      throw new Crash();
    }
    return outcomes;
  }

  @Override
  public Optional<RemoteRecord> find(Entity entity, UniqueKey key) {
    readRequests++;
    return match(entity, key).map(FakeDestination::remote);
  }

  @Override
  public Optional<RemoteRecord> view(Entity entity, long id) {
    readRequests++;
    return Optional.ofNullable(records.get(entity).get(id)).map(FakeDestination::remote);
  }

  @Override
  public int listPages(Entity entity) {
    readRequests += 2;
    return Math.max(1, (records.get(entity).size() + 99) / 100);
  }

  @Override
  public void forEachRecord(Entity entity, Consumer<RemoteRecord> action) {
    readRequests += 1 + listPages(entity) - 2;
    List.copyOf(records.get(entity).values()).forEach(r -> action.accept(remote(r)));
  }

  @Override
  public List<Outcome> deleteAll(Entity entity, List<Long> ids) {
    writeRequests++;
    List<Outcome> outcomes = new ArrayList<>();
    for (long id : ids) {
      records.get(entity).remove(id);
      outcomes.add(new Outcome.Deleted(id));
    }
    return outcomes;
  }

  @Override
  public Outcome update(Entity entity, long id, Map<String, Object> fields) {
    writeRequests++;
    Map<String, Object> record = records.get(entity).get(id);
    if (record == null) {
      return new Outcome.Rejected(404, List.of("no such record"));
    }
    merge(record, fields);
    return new Outcome.Updated(id);
  }

  private Optional<Map<String, Object>> match(Entity entity, UniqueKey key) {
    for (Map<String, Object> record : records.get(entity).values()) {
      if (Modules.identifyValues(remote(record), key.field()).stream()
          .anyMatch(v -> Modules.normalise(v).equals(Modules.normalise(key.value())))) {
        return Optional.of(record);
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> record, Map<String, Object> fields) {
    fields.forEach((name, value) -> {
      if (name.equals("custom_field") && value instanceof Map<?, ?> custom) {
        Map<String, Object> target = (Map<String, Object>) record.computeIfAbsent("custom_field",
            k -> new LinkedHashMap<String, Object>());
        custom.forEach((k, v) -> target.put(k.toString(), v));
      } else {
        record.put(name, value);
      }
    });
  }

  private static RemoteRecord remote(Map<String, Object> record) {
    Map<String, Object> copy = new HashMap<>();
    record.forEach((k, v) -> {
      if (v != null) {
        copy.put(k, v);
      }
    });
    return new RemoteRecord((Long) record.get("id"), copy);
  }
}
