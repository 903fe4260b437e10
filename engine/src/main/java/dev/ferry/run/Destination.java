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

/**
 * The destination operations a run and a rollback use: the slice of {@link FreshsalesClient} they need, so
 * the journal's protocol can be tested against a destination that fails on cue.
 */
public interface Destination {

  List<Owner> owners();

  List<Tag> tags();

  List<FieldInfo> fields(Entity entity);

  /** Creates or updates each record matched on its key; one outcome per request, in order. */
  List<RecordOutcome> upsertAll(Entity entity, List<UpsertRequest> requests);

  Optional<RemoteRecord> find(Entity entity, UniqueKey key);

  Optional<RemoteRecord> view(Entity entity, long id);

  /** How many requests reading the whole module takes. */
  int listPages(Entity entity);

  void forEachRecord(Entity entity, Consumer<RemoteRecord> action);

  List<Outcome> deleteAll(Entity entity, List<Long> ids);

  Outcome update(Entity entity, long id, Map<String, Object> fields);

  static Destination of(FreshsalesClient client) {
    return new FreshsalesDestination(client);
  }
}
