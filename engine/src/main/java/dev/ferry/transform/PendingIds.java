package dev.ferry.transform;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The id map of a dry run: nothing has a destination id yet, so a transformed record is known by a
 * placeholder {@code pending:<object>/<key>} that shows, in the payload, which record a lookup links to.
 * Only objects that others look up are remembered.
 */
public final class PendingIds implements IdLookup {

  private final Map<String, Set<String>> keysByObject = new HashMap<>();

  public void remember(String objectId, String key) {
    keysByObject.computeIfAbsent(objectId, id -> new HashSet<>()).add(key);
  }

  @Override
  public Optional<String> destinationId(String objectId, String sourceKey) {
    Set<String> keys = keysByObject.get(objectId);
    return keys != null && keys.contains(sourceKey)
        ? Optional.of("pending:" + objectId + "/" + sourceKey)
        : Optional.empty();
  }
}
