package dev.ferry.transform;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the interpreter needs to know about the destination: how to find migrated records, who its users
 * are, and which tags it already has (for the tag collision policy).
 */
public record TransformContext(IdLookup ids, OwnerDirectory owners, Set<String> existingTags) {

  public TransformContext {
    existingTags = existingTags.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  boolean tagExists(String tag) {
    return existingTags.contains(tag.trim().toLowerCase(Locale.ROOT));
  }
}
