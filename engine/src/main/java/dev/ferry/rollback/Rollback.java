package dev.ferry.rollback;

import dev.ferry.freshsales.Entity;
import dev.ferry.freshsales.FreshsalesException;
import dev.ferry.freshsales.Outcome;
import dev.ferry.journal.BeforeImage;
import dev.ferry.journal.Journal;
import dev.ferry.journal.Operation;
import dev.ferry.journal.RunMode;
import dev.ferry.journal.RunRecord;
import dev.ferry.journal.RunStatus;
import dev.ferry.journal.Tally;
import dev.ferry.run.Destination;
import dev.ferry.run.Modules;
import dev.ferry.run.RunListener;
import dev.ferry.run.RunResult;
import dev.ferry.run.Settler;
import dev.ferry.run.StopSignal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rolls back one run (the newest not yet rolled back) or all of them. The steps come from the journal: for
 * each record the runs touched, the oldest of them decides. A record any of them created is deleted (bulk
 * deletes of 100 where the module has them); a record that existed before gets the before-image of the
 * oldest run that updated it, so rolling back a full run and a delta together costs one request per record
 * at most. Writes that were in flight in an interrupted run are settled first, by lookup.
 *
 * <p>A rollback journals its steps like any run (intent, call, outcome). Deletes and restores are safe to
 * repeat, so an interrupted rollback resumes by sending its unfinished steps again.
 */
public final class Rollback {

  private static final int DELETE_BATCH = 100;
  private static final int RESTORE_BATCH = 10;

  private final Journal journal;
  private final Destination destination;
  private final Clock clock;
  private final RunListener listener;
  private final StopSignal stop;

  public Rollback(Journal journal, Destination destination, Clock clock, RunListener listener, StopSignal stop) {
    this.journal = journal;
    this.destination = destination;
    this.clock = clock;
    this.listener = listener;
    this.stop = stop;
  }

  /** @param only the run to roll back, or empty for every run not rolled back yet */
  public RunResult rollback(Optional<Integer> only, String map) {
    Optional<RunRecord> unfinished = journal.unfinishedRun();
    List<Integer> targets;
    RunRecord rollback;
    if (unfinished.isPresent() && unfinished.get().mode() == RunMode.ROLLBACK) {
      RunRecord interrupted = unfinished.get();
      if (only.isPresent() && !interrupted.rollsBack().contains(only.get())) {
        return refused("rollback " + interrupted.id() + " of run(s) " + interrupted.rollsBack() + " did not finish",
            "`ferry rollback MAP` resumes it; then roll back run " + only.get());
      }
      targets = interrupted.rollsBack();
      rollback = interrupted.resumed(clock.instant(), journal.holder().host(), journal.holder().pid());
      journal.saveRun(rollback);
      listener.notice("resuming rollback " + rollback.id() + " of run(s) " + targets);
    } else {
      Optional<List<Integer>> chosen = targets(only, unfinished);
      if (chosen.isEmpty()) {
        return refusedBecause(only, unfinished);
      }
      targets = chosen.get();
      try {
        settleTargets(targets);
      } catch (FreshsalesException e) {
        return new RunResult.Stopped(null, null, e.getMessage());
      }
      String leadMode = journal.run(targets.get(0)).map(RunRecord::leadMode).orElse(null);
      rollback = journal.startRun(RunMode.ROLLBACK, null, map, null, objectOrder(targets), targets, leadMode);
    }
    Map<String, Tally> tallies = new LinkedHashMap<>();
    try {
      List<String> objects = new ArrayList<>(rollback.objects());
      java.util.Collections.reverse(objects);
      for (String object : objects) {
        Tally tally = undo(rollback.id(), object, targets);
        tallies.put(object, tally);
        listener.notice(object + ": " + tally.rollbackSummary());
      }
    } catch (StopRequested e) {
      journal.saveRun(rollback.withTallies(tallies));
      return new RunResult.Stopped(rollback.withTallies(tallies), null, "stopped on request");
    } catch (FreshsalesException e) {
      journal.saveRun(rollback.withTallies(tallies));
      return new RunResult.Stopped(rollback.withTallies(tallies), null, e.getMessage());
    }
    Tally total = tallies.values().stream().reduce(Tally.ZERO, Tally::plus);
    boolean complete = total.failed() == 0 && total.pending() == 0;
    RunRecord ended = rollback.ended(complete ? RunStatus.COMPLETED : RunStatus.INCOMPLETE, clock.instant(), tallies,
        null);
    journal.saveRun(ended);
    if (complete) {
      for (int target : targets) {
        journal.run(target).ifPresent(run -> journal.saveRun(run.rolledBackBy(ended.id())));
      }
    }
    return new RunResult.Finished(ended, (Path) null);
  }

  /**
   * Where the runs a rollback would undo wrote their leads ({@code MODULE} or {@code LIFECYCLE_STAGE}): the
   * client must reach them there, whatever the map says now.
   */
  public static Optional<String> leadMode(Journal journal) {
    return journal.runs().stream()
        .filter(r -> r.mode().writesRecords() && r.status() != RunStatus.ROLLED_BACK && r.leadMode() != null)
        .max(Comparator.comparingInt(RunRecord::id))
        .map(RunRecord::leadMode);
  }

  // ---- choosing what to roll back

  /** The writing runs not rolled back yet, newest first. */
  private List<RunRecord> standing() {
    return journal.runs().stream()
        .filter(r -> r.mode().writesRecords() && r.status() != RunStatus.ROLLED_BACK)
        .sorted(Comparator.comparingInt(RunRecord::id).reversed())
        .toList();
  }

  private Optional<List<Integer>> targets(Optional<Integer> only, Optional<RunRecord> unfinished) {
    List<RunRecord> standing = standing();
    if (standing.isEmpty()) {
      return Optional.empty();
    }
    if (only.isEmpty()) {
      return Optional.of(standing.stream().map(RunRecord::id).toList());
    }
    // Runs are undone newest first: an older run's before-images predate the newer run's writes.
    return standing.get(0).id() == only.get() ? Optional.of(List.of(only.get())) : Optional.empty();
  }

  private RunResult refusedBecause(Optional<Integer> only, Optional<RunRecord> unfinished) {
    List<RunRecord> standing = standing();
    if (standing.isEmpty()) {
      return refused("there is nothing to roll back: every run in " + journal.file() + " is rolled back already,"
          + " or none ran", "`ferry status MAP` lists the runs");
    }
    int newest = standing.get(0).id();
    if (journal.run(only.orElseThrow()).filter(r -> r.mode().writesRecords()).isEmpty()) {
      return refused("there is no run " + only.get() + " to roll back", "`ferry status MAP` lists the runs");
    }
    if (journal.run(only.get()).map(r -> r.status() == RunStatus.ROLLED_BACK).orElse(false)) {
      return refused("run " + only.get() + " is rolled back already", "`ferry status MAP` lists the runs");
    }
    return refused("run " + newest + " came after run " + only.get() + " and is still in place; runs are rolled back"
        + " newest first", "`ferry rollback MAP --run " + newest + "` first, or `ferry rollback MAP` for all of them");
  }

  private static RunResult refused(String message, String detail) {
    return new RunResult.Refused(RunResult.Refusal.JOURNAL_STATE, message, List.of(detail));
  }

  /** The objects of the runs, in run order; undone in reverse. */
  private List<String> objectOrder(List<Integer> targets) {
    Set<String> order = new LinkedHashSet<>();
    targets.stream().sorted().forEach(id -> journal.run(id).ifPresent(run -> order.addAll(run.objects())));
    return List.copyOf(order);
  }

  private void settleTargets(List<Integer> targets) {
    for (int target : targets) {
      List<Operation> pending = journal.pending(target);
      if (!pending.isEmpty()) {
        new Settler(journal, destination, clock).settle(pending);
        listener.notice("run " + target + " had " + pending.size() + " write(s) in flight; settled by lookup first");
      }
    }
  }

  // ---- undoing one object

  private Tally undo(int rollbackRun, String object, List<Integer> targets) {
    List<Step> steps = steps(object, targets);
    List<Step> deletes = new ArrayList<>();
    List<Step> restores = new ArrayList<>();
    long failed = 0;
    for (Step step : steps) {
      Optional<Operation> done = journal.operation(rollbackRun, object, step.key());
      if (done.isPresent() && done.get().status().done() && done.get().status() != Operation.Status.FAILED) {
        continue;
      }
      if (step.kind() == Operation.Kind.DELETE) {
        deletes.add(step);
      } else if (step.fields() == null) {
        failed += noImage(rollbackRun, step);
      } else {
        restores.add(step);
      }
    }
    Map<String, List<Step>> deletesByModule = new LinkedHashMap<>();
    deletes.forEach(step -> deletesByModule.computeIfAbsent(step.module(), m -> new ArrayList<>()).add(step));
    for (Map.Entry<String, List<Step>> module : deletesByModule.entrySet()) {
      List<Step> all = module.getValue();
      for (int start = 0; start < all.size(); start += DELETE_BATCH) {
        delete(rollbackRun, module.getKey(), all.subList(start, Math.min(all.size(), start + DELETE_BATCH)));
      }
    }
    for (int start = 0; start < restores.size(); start += RESTORE_BATCH) {
      restore(rollbackRun, restores.subList(start, Math.min(restores.size(), start + RESTORE_BATCH)));
    }
    long[] counts = new long[4];
    journal.forEachOperation(rollbackRun, object, op -> {
      switch (op.status()) {
        case DELETED -> counts[0]++;
        case RESTORED -> counts[1]++;
        case FAILED -> counts[2]++;
        default -> counts[3]++;
      }
    });
    return new Tally(0, 0, 0, 0, 0, counts[2], counts[3], counts[0], counts[1]);
  }

  /**
   * One step per record the runs wrote: the oldest run that touched a record says what it was before them
   * (its id-map entry then, and its before-image if it existed); any run that created it means delete.
   */
  private List<Step> steps(String object, List<Integer> targets) {
    Map<String, List<Operation>> byKey = new LinkedHashMap<>();
    targets.stream().sorted().forEach(run -> journal.forEachOperation(run, object, op -> {
      if (touched(op)) {
        byKey.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(op);
      }
    }));
    List<Step> steps = new ArrayList<>();
    for (List<Operation> ops : byKey.values()) {
      Operation oldest = ops.get(0);
      Optional<Operation> created = ops.stream().filter(op -> op.status() == Operation.Status.CREATED)
          .reduce((a, b) -> b);
      if (created.isPresent()) {
        Operation op = created.get();
        steps.add(new Step(object, op.key(), op.module(), Operation.Kind.DELETE, op.destinationId(), null, null,
            op.identifyField(), op.identifyValue()));
        continue;
      }
      Optional<BeforeImage> image = journal.beforeImage(oldest.run(), object, oldest.key());
      long id = image.map(BeforeImage::destinationId).orElse(oldest.destinationId() == null ? 0 : oldest.destinationId());
      steps.add(new Step(object, oldest.key(), oldest.module(), Operation.Kind.RESTORE, id,
          image.map(BeforeImage::fields).orElse(null), oldest.previous(), oldest.identifyField(),
          oldest.identifyValue()));
    }
    return steps;
  }

  /** Whether an operation may have changed the destination: applied, or applied without confirmation. */
  private static boolean touched(Operation op) {
    return switch (op.status()) {
      case CREATED, UPDATED -> true;
      case RETRY, PENDING -> op.kind() == Operation.Kind.UPDATE && op.destinationId() != null;
      default -> false;
    };
  }

  private void delete(int rollbackRun, String module, List<Step> batch) {
    List<Operation> intents = intents(rollbackRun, batch);
    journal.recordIntents(intents);
    List<Outcome> outcomes = destination.deleteAll(Modules.entity(module), batch.stream().map(Step::destinationId).toList());
    List<Journal.Settled> settled = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      settled.add(settle(intents.get(i), batch.get(i), outcomes.get(i)));
    }
    journal.recordOutcomes(settled);
    checkStop();
  }

  private void restore(int rollbackRun, List<Step> batch) {
    List<Operation> intents = intents(rollbackRun, batch);
    journal.recordIntents(intents);
    List<Journal.Settled> settled = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Step step = batch.get(i);
      Entity entity = Modules.entity(step.module());
      settled.add(settle(intents.get(i), step, destination.update(entity, step.destinationId(), step.fields())));
    }
    journal.recordOutcomes(settled);
    checkStop();
  }

  private List<Operation> intents(int rollbackRun, List<Step> batch) {
    Instant now = clock.instant();
    List<Operation> intents = new ArrayList<>();
    for (Step step : batch) {
      int attempts = journal.operation(rollbackRun, step.object(), step.key()).map(Operation::attempts).orElse(0) + 1;
      intents.add(new Operation(rollbackRun, step.object(), step.key(), step.module(), step.kind(),
          step.identifyField(), step.identifyValue(), null, null, now, Operation.Status.PENDING, step.destinationId(),
          null, null, step.idAfter(), attempts));
    }
    return intents;
  }

  private Journal.Settled settle(Operation intent, Step step, Outcome outcome) {
    Instant now = clock.instant();
    if (outcome.succeeded()) {
      boolean deleted = step.kind() == Operation.Kind.DELETE;
      Journal.IdUpdate ids = deleted || step.idAfter() == null
          ? new Journal.Remove(step.object(), step.key())
          : new Journal.Put(step.idAfter());
      return new Journal.Settled(intent.settled(deleted ? Operation.Status.DELETED : Operation.Status.RESTORED,
          step.destinationId(), null, now), ids, null);
    }
    if (outcome instanceof Outcome.Rejected refused) {
      String reason = "refused by the destination (" + refused.status() + "): " + String.join("; ", refused.messages());
      return new Journal.Settled(intent.settled(Operation.Status.FAILED, step.destinationId(), reason, now),
          new Journal.Keep(), null);
    }
    String reason = outcome instanceof Outcome.Unsettled unsettled ? unsettled.reason() : outcome.toString();
    return new Journal.Settled(intent.settled(Operation.Status.PENDING, step.destinationId(), reason, null),
        new Journal.Keep(), "no clear answer: " + reason + "; a resumed rollback sends it again (safe to repeat)");
  }

  private long noImage(int rollbackRun, Step step) {
    Instant now = clock.instant();
    String reason = "the run updated this record but journaled no before-image of it; it cannot be restored";
    Operation op = new Operation(rollbackRun, step.object(), step.key(), step.module(), Operation.Kind.RESTORE,
        step.identifyField(), step.identifyValue(), null, null, now, Operation.Status.FAILED, step.destinationId(),
        reason, now, step.idAfter(), 1);
    journal.recordOutcomes(List.of(new Journal.Settled(op, new Journal.Keep(), reason)));
    return 1;
  }

  private void checkStop() {
    if (stop.requested()) {
      throw new StopRequested();
    }
  }

  private static final class StopRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopRequested() {
      super("stopped on request", null, false, false);
    }
  }
}
