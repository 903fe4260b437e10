package dev.ferry.journal;

import dev.ferry.transform.IdLookup;
import java.util.Optional;

/**
 * The interpreter's view of the id map: a contact's account is found here, whichever run created it.
 * Records a run only plans to write are not found; the plan orders objects so lookups run after their targets.
 */
public final class JournalIds implements IdLookup {

  private final Journal journal;

  public JournalIds(Journal journal) {
    this.journal = journal;
  }

  @Override
  public Optional<String> destinationId(String objectId, String sourceKey) {
    return journal.id(objectId, sourceKey).map(entry -> Long.toString(entry.destinationId()));
  }
}
