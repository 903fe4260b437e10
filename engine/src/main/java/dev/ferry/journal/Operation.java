package dev.ferry.journal;

import java.time.Instant;
import java.util.Locale;

/**
 * One destination operation of a run on one record: its intent, journaled before the call, and its outcome,
 * journaled after. A run holds at most one operation per record; a record sent again in the same run (after an
 * uncertain first attempt) reuses it, keeping what was true before the run's first attempt.
 *
 * @param identifyField the destination field the record is found by when its outcome is uncertain (the plan's
 *     {@code identify_by}); {@code identifyValue} its value
 * @param digest the digest of the payload sent (a rollback step carries none)
 * @param destinationId known once the record exists (or, for rollback steps, the record acted on)
 * @param error the destination's words when it refused the record, or why an outcome is still open
 * @param previous for a write: the id-map entry before the run's first attempt, null if there was none; for a
 *     rollback step: the entry the id map returns to once the step is done, null to remove it
 * @param attempts how many times the intent was journaled
 */
public record Operation(
    int run,
    String object,
    String key,
    String module,
    Kind kind,
    String identifyField,
    String identifyValue,
    String digest,
    Instant sourceUpdatedAt,
    Instant intendedAt,
    Status status,
    Long destinationId,
    String error,
    Instant settledAt,
    IdEntry previous,
    int attempts) {

  /** What the operation meant to do. Creates and updates are sent as upserts on {@code identify_by}. */
  public enum Kind {
    CREATE,
    UPDATE,
    DELETE,
    RESTORE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Where it stands. {@code PENDING}: journaled, outcome unknown. {@code RETRY}: settled as not (known to be)
   * applied, to be sent again. The rest are final.
   */
  public enum Status {
    PENDING,
    RETRY,
    CREATED,
    UPDATED,
    FAILED,
    DELETED,
    RESTORED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public boolean done() {
      return this != PENDING && this != RETRY;
    }
  }

  /** The same operation with its outcome. */
  public Operation settled(Status newStatus, Long newDestinationId, String newError, Instant at) {
    return new Operation(run, object, key, module, kind, identifyField, identifyValue, digest, sourceUpdatedAt,
        intendedAt, newStatus, newDestinationId, newError, at, previous, attempts);
  }

  /** The same record sent again in the same run: a new intent that keeps what held before the first. */
  public Operation retried(Kind newKind, String newDigest, Instant newSourceUpdatedAt, Instant at) {
    return new Operation(run, object, key, module, newKind, identifyField, identifyValue, newDigest,
        newSourceUpdatedAt, at, Status.PENDING, destinationId, null, null, previous, attempts + 1);
  }
}
