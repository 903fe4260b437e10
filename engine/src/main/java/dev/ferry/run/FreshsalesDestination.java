package dev.ferry.run;

import dev.ferry.freshsales.Entity;
import dev.ferry.freshsales.FieldInfo;
import dev.ferry.freshsales.FreshsalesClient;
import dev.ferry.freshsales.Outcome;
import dev.ferry.freshsales.Owner;
import dev.ferry.freshsales.RecordOutcome;
import dev.ferry.freshsales.RemoteRecord;
import dev.ferry.freshsales.Tag;
import dev.ferry.freshsales.UniqueKey;
import dev.ferry.freshsales.UpsertRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A Freshsales account as a run's destination. */
record FreshsalesDestination(FreshsalesClient client) implements Destination {

  @Override
  public List<Owner> owners() {
    return client.owners();
  }

  @Override
  public List<Tag> tags() {
    return client.tags();
  }

  @Override
  public List<FieldInfo> fields(Entity entity) {
    return client.fields(entity);
  }

  @Override
  public List<RecordOutcome> upsertAll(Entity entity, List<UpsertRequest> requests) {
    return client.upsertAll(entity, requests);
  }

  @Override
  public Optional<RemoteRecord> find(Entity entity, UniqueKey key) {
    return client.find(entity, key);
  }

  @Override
  public Optional<RemoteRecord> view(Entity entity, long id) {
    return client.view(entity, id);
  }

  @Override
  public int listPages(Entity entity) {
    return client.listPages(entity);
  }

  @Override
  public void forEachRecord(Entity entity, Consumer<RemoteRecord> action) {
    client.forEachRecord(entity, action);
  }

  @Override
  public List<Outcome> deleteAll(Entity entity, List<Long> ids) {
    return client.deleteAll(entity, ids);
  }

  @Override
  public Outcome update(Entity entity, long id, Map<String, Object> fields) {
    return client.update(entity, id, fields);
  }
}
