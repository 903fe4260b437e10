package dev.ferry.run;

import dev.ferry.freshsales.FreshsalesException;
import dev.ferry.journal.Journal;
import dev.ferry.journal.JournalIds;
import dev.ferry.journal.Operation;
import dev.ferry.journal.RunMode;
import dev.ferry.journal.RunRecord;
import dev.ferry.journal.RunStatus;
import dev.ferry.journal.Tally;
import dev.ferry.mapping.TargetSpec.LeadMode;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.plan.ObjectPlan;
import dev.ferry.source.ExportBundle;
import dev.ferry.source.HeaderAliases;
import dev.ferry.source.SourceException;
import dev.ferry.transform.Interpreter;
import dev.ferry.transform.TransformContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A writing run (full, delta or sample), from start or resumed. Checks first, writes nothing until they
 * pass: the journal's state (an unfinished run resumes only with its own verb and map), the destination's
 * users, tags and custom fields. Then runs each object in the plan's order through {@link ObjectRun}.
 */
public final class Migration {

  /**
   * @param outputs where a run's report files go, by run id
   * @param sampleLimit for a sample run, the source rows read per object; 0 for all
   */
  public record Request(RunMode mode, String map, IntFunction<Path> outputs, int sampleLimit) {
    public Request {
      if (mode == RunMode.ROLLBACK) {
        throw new IllegalArgumentException("a rollback is not a migration run");
      }
    }
  }

  /** What every object of one run shares. */
  record Context(Journal journal, Destination destination, Clock clock, RunListener listener, StopSignal stop,
      int run, RunMode mode, Interpreter interpreter, ExportBundle export, HeaderAliases aliases, LeadMode leadMode,
      int sampleLimit) {}

  private final Journal journal;
  private final Destination destination;
  private final Clock clock;
  private final RunListener listener;
  private final StopSignal stop;

  public Migration(Journal journal, Destination destination, Clock clock, RunListener listener, StopSignal stop) {
    this.journal = journal;
    this.destination = destination;
    this.clock = clock;
    this.listener = listener;
    this.stop = stop;
  }

  public RunResult run(ExecutionPlan plan, Request request) throws IOException {
    Optional<RunResult.Refused> unrunnable = unrunnable(plan);
    if (unrunnable.isPresent()) {
      return unrunnable.get();
    }
    Optional<RunRecord> unfinished = journal.unfinishedRun();
    if (unfinished.isPresent()) {
      Optional<RunResult.Refused> refusal = refuseResume(unfinished.get(), plan, request.mode());
      if (refusal.isPresent()) {
        return refusal.get();
      }
    }
    Optional<RunRecord> base = lastCompletedRun();
    if (unfinished.isEmpty() && request.mode() == RunMode.DELTA && base.isEmpty()) {
      return new RunResult.Refused(RunResult.Refusal.JOURNAL_STATE,
          "a delta moves what changed since a completed run, and " + journal.file() + " has none",
          List.of("run `ferry run MAP` first; `ferry status MAP` shows the runs"));
    }
    ExportBundle export;
    try {
      export = ExportBundle.open(plan.source().export());
    } catch (SourceException e) {
      return new RunResult.Refused(RunResult.Refusal.MAP, e.getMessage(), List.of());
    }
    TransformContext context;
    try {
      List<MissingField> missing = Preflight.missingFields(plan, destination);
      if (!missing.isEmpty()) {
        return missingFields(missing);
      }
      Preflight.Facts facts = Preflight.facts(destination);
      facts = new Preflight.Facts(facts.userIdsByEmail(), journal.destinationTagsBeforeFerry(facts.tags()));
      context = facts.context(new JournalIds(journal), plan.owners().fallback());
    } catch (IllegalArgumentException e) {
      return new RunResult.Refused(RunResult.Refusal.MAP, e.getMessage(), List.of());
    }
    RunRecord run = start(plan, request, unfinished);
    Path out = request.outputs().apply(run.id());
    Instant baseWatermark = request.mode() == RunMode.DELTA ? base.flatMap(RunRecord::watermarkIfAny).orElse(null) : null;
    Context shared = new Context(journal, destination, clock, listener, stop, run.id(), request.mode(),
        new Interpreter(plan, context), export, HeaderAliases.of(plan.source().headerAliases()), plan.leadMode(),
        request.sampleLimit());
    Map<String, Tally> tallies = new LinkedHashMap<>();
    Instant watermark = baseWatermark;
    try (RunOutputs outputs = new RunOutputs(out)) {
      settleInterrupted(run);
      for (ObjectPlan object : plan.objects()) {
        ObjectRun objectRun = new ObjectRun(shared, object, outputs, baseWatermark);
        tallies.put(object.id(), objectRun.execute());
        watermark = later(watermark, objectRun.watermark());
      }
      Tally total = tallies.values().stream().reduce(Tally.ZERO, Tally::plus);
      RunStatus status = total.pending() > 0 ? RunStatus.INCOMPLETE : RunStatus.COMPLETED;
      RunRecord ended = run.ended(status, clock.instant(), tallies, watermark);
      journal.saveRun(ended);
      return new RunResult.Finished(ended, out);
    } catch (ObjectRun.StopRequested e) {
      journal.saveRun(run.withTallies(tallies));
      return new RunResult.Stopped(run.withTallies(tallies), out, "stopped on request");
    } catch (FreshsalesException | SourceException e) {
      journal.saveRun(run.withTallies(tallies));
      return new RunResult.Stopped(run.withTallies(tallies), out, e.getMessage());
    }
  }

  private Optional<RunResult.Refused> unrunnable(ExecutionPlan plan) {
    List<String> unidentified = plan.objects().stream().filter(o -> o.identifyBy() == null).map(ObjectPlan::id).toList();
    if (unidentified.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RunResult.Refused(RunResult.Refusal.MAP,
        "a run needs identify_by on every object, so a write with no clear answer can be found again; missing on: "
            + String.join(", ", unidentified),
        List.of("add identify_by: <a destination field the object writes its key to, e.g. cf_actimo_id>")));
  }

  private Optional<RunResult.Refused> refuseResume(RunRecord unfinished, ExecutionPlan plan, RunMode mode) {
    String which = "run " + unfinished.id() + " (" + unfinished.mode().verb() + ", started " + unfinished.startedAt() + ")";
    if (unfinished.mode() != mode) {
      return Optional.of(new RunResult.Refused(RunResult.Refusal.JOURNAL_STATE, which + " did not finish",
          List.of("`ferry " + unfinished.mode().verb() + " MAP` resumes it",
              "`ferry rollback MAP` undoes it")));
    }
    if (!plan.hash().hex().equals(unfinished.planHash())) {
      return Optional.of(new RunResult.Refused(RunResult.Refusal.PLAN_CHANGED,
          which + " did not finish, and the map changed since it started: it was plan sha256:"
              + shortHash(unfinished.planHash()) + ", the map now compiles to sha256:" + plan.hash().shortForm(),
          List.of("resume with the map the run started with (" + unfinished.map() + " as it was), or",
              "undo the run with `ferry rollback MAP`, then run the changed map")));
    }
    return Optional.empty();
  }

  private RunResult.Refused missingFields(List<MissingField> missing) {
    List<String> details = new ArrayList<>();
    missing.forEach(field -> details.add(field.toString()));
    return new RunResult.Refused(RunResult.Refusal.MISSING_FIELDS,
        "the destination lacks " + missing.size() + " custom field(s) the map writes; nothing was written",
        details);
  }

  private RunRecord start(ExecutionPlan plan, Request request, Optional<RunRecord> unfinished) {
    if (unfinished.isPresent()) {
      RunRecord resumed = unfinished.get().resumed(clock.instant(), journal.holder().host(), journal.holder().pid());
      journal.saveRun(resumed);
      listener.notice("resuming run " + resumed.id() + " (" + resumed.mode().verb() + ", started "
          + resumed.startedAt() + "): what is done is skipped");
      return resumed;
    }
    List<String> objects = plan.objects().stream().map(ObjectPlan::id).toList();
    return journal.startRun(request.mode(), plan.hash(), request.map(), plan.source().export().toString(), objects,
        List.of(), plan.leadMode().name());
  }

  private void settleInterrupted(RunRecord run) {
    List<Operation> pending = journal.pending(run.id());
    if (pending.isEmpty()) {
      return;
    }
    Settler.Report report = new Settler(journal, destination, clock).settle(pending);
    listener.notice(pending.size() + " write(s) were in flight when the run stopped; settled by lookup ("
        + report.requests() + " request(s)): " + report.applied() + " had happened, " + report.resend()
        + " will be sent again");
  }

  /** The latest writing run that completed and was not rolled back: a delta's starting point. */
  private Optional<RunRecord> lastCompletedRun() {
    return journal.runs().stream()
        .filter(r -> (r.mode() == RunMode.FULL || r.mode() == RunMode.DELTA) && r.status() == RunStatus.COMPLETED)
        .max(Comparator.comparingInt(RunRecord::id));
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static String shortHash(String hex) {
    return hex == null ? "?" : hex.substring(0, Math.min(12, hex.length()));
  }
}
