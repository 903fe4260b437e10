package dev.ferry.transform;

import java.util.Optional;

/**
 * Finds the destination id of a record Ferry migrated: by the object's id in the map and the record's
 * source key. The journal answers in a real run; an in-memory map of pending records in a dry run.
 */
@FunctionalInterface
public interface IdLookup {

  Optional<String> destinationId(String objectId, String sourceKey);
}
