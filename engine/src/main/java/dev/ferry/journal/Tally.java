package dev.ferry.journal;

/**
 * How one object's records ended in a run. For a writing run, {@code read = rejected + created + updated +
 * unchanged + failed + pending}; a rollback counts {@code deleted}, {@code restored} and {@code failed}.
 */
public record Tally(long read, long rejected, long created, long updated, long unchanged, long failed, long pending,
    long deleted, long restored) {

  public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Records now in the destination as the run meant them. */
  public long migrated() {
    return created + updated + unchanged;
  }

  public Tally plus(Tally other) {
    return new Tally(read + other.read, rejected + other.rejected, created + other.created, updated + other.updated,
        unchanged + other.unchanged, failed + other.failed, pending + other.pending, deleted + other.deleted,
        restored + other.restored);
  }

  /** How a rollback counts: what it deleted and restored. */
  public String rollbackSummary() {
    return deleted + " deleted, " + restored + " restored, " + failed + " failed"
        + (pending == 0 ? "" : ", " + pending + " without a clear answer");
  }

  @Override
  public String toString() {
    return read + " read = " + created + " created + " + updated + " updated + " + unchanged + " unchanged + "
        + rejected + " rejected + " + failed + " failed" + (pending == 0 ? "" : " + " + pending + " pending");
  }
}
