package dev.ferry.journal;

import java.time.Instant;

/**
 * One row of the id map: the source record {@code object}/{@code key} is destination record {@code
 * destinationId} in {@code module}, last written with the payload whose digest is {@code digest}, from a
 * source record last updated at {@code sourceUpdatedAt} (null when the object tracks no update time).
 *
 * @param createdByRun the run whose write created the destination record; 0 when it existed before Ferry
 *     wrote it, so a rollback restores it rather than deleting it
 * @param lastRun the run that last wrote it
 */
public record IdEntry(String object, String key, String module, long destinationId, String digest,
    Instant sourceUpdatedAt, int createdByRun, int lastRun) {

  public boolean createdBy(int run) {
    return createdByRun == run;
  }
}
