package dev.ferry.freshsales;

import java.util.List;
import java.util.Optional;

/** What one write did to one record: the closed set the caller journals. */
public sealed interface Outcome {

  /** The record now exists with this id, because this write created it. */
  record Created(long id) implements Outcome {}

  /** The record with this id existed and now holds the written fields. */
  record Updated(long id) implements Outcome {}

  /** The record with this id is gone (or was never there). */
  record Deleted(long id) implements Outcome {}

  /** The API refused the record; {@code messages} are the API's own words, e.g. a validation error. */
  record Rejected(int status, List<String> messages) implements Outcome {
    public Rejected {
      messages = List.copyOf(messages);
    }
  }

  /**
   * The write may or may not have happened and the client could not find out (the service kept failing, or a
   * note has nothing to look it up by). The caller should look again before repeating it.
   */
  record Unsettled(String reason) implements Outcome {}

  default boolean succeeded() {
    return this instanceof Created || this instanceof Updated || this instanceof Deleted;
  }

  /** The destination id, when the record exists (or was deleted). */
  default Optional<Long> destinationId() {
    if (this instanceof Created c) {
      return Optional.of(c.id());
    }
    if (this instanceof Updated u) {
      return Optional.of(u.id());
    }
    if (this instanceof Deleted d) {
      return Optional.of(d.id());
    }
    return Optional.empty();
  }
}
