package dev.ferry.run;

import dev.ferry.freshsales.RemoteRecord;
import dev.ferry.journal.IdEntry;
import dev.ferry.journal.Journal;
import dev.ferry.journal.Operation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles writes whose outcome is unknown (journaled intents without outcomes: the process died, or the
 * destination kept failing) by looking the records up by their {@code identify_by} value, never by sending
 * them again blind:
 * <ul>
 *   <li>found, and the record did not exist before the run: the create happened; it is journaled as created
 *       by the run, so a rollback deletes it;
 *   <li>found, and it existed before this write (before the run, or created by an earlier attempt of it):
 *       whether the update landed cannot be told, so it is marked to be sent again, which is safe (an upsert
 *       on the same key; the before-image, if any, is already journaled);
 *   <li>not found: nothing happened; it is marked to be sent again.
 * </ul>
 * All of one settling is committed at once.
 */
public final class Settler {

  /** What a settling found. */
  public record Report(int applied, int resend, int requests) {}

  private final Journal journal;
  private final Destination destination;
  private final Clock clock;

  public Settler(Journal journal, Destination destination, Clock clock) {
    this.journal = journal;
    this.destination = destination;
    this.clock = clock;
  }

  public Report settle(List<Operation> pending) {
    Map<String, List<Operation>> byModuleAndField = new LinkedHashMap<>();
    for (Operation op : pending) {
      byModuleAndField.computeIfAbsent(op.module() + "\u0000" + op.identifyField(), k -> new ArrayList<>()).add(op);
    }
    DestinationProbe probe = new DestinationProbe(destination);
    List<Journal.Settled> outcomes = new ArrayList<>();
    int applied = 0;
    for (List<Operation> group : byModuleAndField.values()) {
      Operation first = group.get(0);
      Map<String, DestinationProbe.Wanted> wanted = new LinkedHashMap<>();
      for (Operation op : group) {
        wanted.put(op.object() + "\u0000" + op.key(), new DestinationProbe.Wanted(op.identifyValue(), op.destinationId()));
      }
      Map<String, RemoteRecord> found = probe.existing(Modules.entity(first.module()), first.identifyField(), wanted);
      for (Operation op : group) {
        RemoteRecord record = found.get(op.object() + "\u0000" + op.key());
        Journal.Settled settled = settled(op, record);
        applied += settled.operation().status() == Operation.Status.CREATED ? 1 : 0;
        outcomes.add(settled);
      }
    }
    journal.recordOutcomes(outcomes);
    return new Report(applied, outcomes.size() - applied, probe.requests());
  }

  private Journal.Settled settled(Operation op, RemoteRecord record) {
    if (record == null) {
      return new Journal.Settled(op.settled(Operation.Status.RETRY, op.destinationId(), null, clock.instant()),
          new Journal.Keep(), "settled by lookup: not in the destination; it will be sent again");
    }
    if (op.kind() == Operation.Kind.CREATE && op.destinationId() == null) {
      IdEntry entry = new IdEntry(op.object(), op.key(), op.module(), record.id(), op.digest(), op.sourceUpdatedAt(),
          op.run(), op.run());
      return new Journal.Settled(op.settled(Operation.Status.CREATED, record.id(), null, clock.instant()),
          new Journal.Put(entry), "settled by lookup: the create happened");
    }
    return new Journal.Settled(op.settled(Operation.Status.RETRY, record.id(), null, clock.instant()),
        new Journal.Keep(), "settled by lookup: the record exists but whether the update landed cannot be told;"
            + " it will be sent again (safe to repeat)");
  }
}
