package dev.ferry.run;

import dev.ferry.freshsales.Entity;
import dev.ferry.freshsales.RemoteRecord;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds which of a set of records exist in the destination now, with their current fields, at the lowest
 * request cost: one lookup per record, or reading the whole module a page of 100 at a time, whichever is
 * fewer requests. Asking what the listing costs takes two requests, so a handful of records is always
 * looked up one by one. At 1,000 requests an hour, the choice is worth real time: checking 2,000 records in a
 * module of 3,000 is 32 requests by listing and 2,000 by lookup.
 */
final class DestinationProbe {

  /** Below this many records, lookups win before the listing's cost is even asked. */
  private static final int ALWAYS_LOOK_UP = 3;

  /** A record to find: by its identifying value, or by id when Ferry wrote it before (null if not). */
  record Wanted(String identifyValue, Long knownId) {}

  private final Destination destination;
  private int requests;
  private int listings;
  private int lookups;

  DestinationProbe(Destination destination) {
    this.destination = destination;
  }

  /**
   * The records that exist now among {@code wanted}, keyed by the normalised identifying value.
   *
   * @param wanted by source key
   * @return by source key
   */
  Map<String, RemoteRecord> existing(Entity entity, String identifyField, Map<String, Wanted> wanted) {
    if (wanted.isEmpty()) {
      return Map.of();
    }
    if (wanted.size() > ALWAYS_LOOK_UP) {
      int pages = destination.listPages(entity);
      requests += 2;
      if (pages + 1 < wanted.size()) {
        return list(entity, identifyField, wanted, pages);
      }
    }
    return lookUp(entity, identifyField, wanted);
  }

  int requests() {
    return requests;
  }

  /** How the probe went about it, for the run's notes. */
  String how() {
    if (listings > 0 && lookups > 0) {
      return "listing " + listings + " module(s), looking up " + lookups + " record(s)";
    }
    return listings > 0 ? "by listing" : "by lookup";
  }

  private Map<String, RemoteRecord> list(Entity entity, String identifyField, Map<String, Wanted> wanted, int pages) {
    Map<String, String> keyByValue = new HashMap<>();
    Map<Long, String> keyById = new HashMap<>();
    wanted.forEach((key, want) -> {
      keyByValue.put(Modules.normalise(want.identifyValue()), key);
      if (want.knownId() != null) {
        keyById.put(want.knownId(), key);
      }
    });
    Map<String, RemoteRecord> found = new LinkedHashMap<>();
    destination.forEachRecord(entity, record -> {
      String byId = keyById.get(record.id());
      if (byId != null) {
        found.put(byId, record);
        return;
      }
      for (String value : Modules.identifyValues(record, identifyField)) {
        String key = keyByValue.get(Modules.normalise(value));
        if (key != null) {
          found.putIfAbsent(key, record);
        }
      }
    });
    requests += pages + 1;
    listings++;
    return found;
  }

  private Map<String, RemoteRecord> lookUp(Entity entity, String identifyField, Map<String, Wanted> wanted) {
    Map<String, RemoteRecord> found = new LinkedHashMap<>();
    lookups += wanted.size();
    wanted.forEach((key, want) -> {
      Optional<RemoteRecord> record = want.knownId() != null
          ? destination.view(entity, want.knownId())
          : Optional.empty();
      requests++;
      if (record.isEmpty()) {
        record = destination.find(entity, Modules.key(identifyField, want.identifyValue()));
        requests += want.knownId() != null ? 1 : 0;
      }
      record.ifPresent(r -> found.put(key, r));
    });
    return found;
  }
}
