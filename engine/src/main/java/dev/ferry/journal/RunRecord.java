package dev.ferry.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run, as the journal keeps it: the Flyway history row of a migration. The plan hash plays the role of
 * Flyway's checksum: a run resumes only with the map it started with.
 *
 * @param objects the plan's objects in run order; a rollback undoes them in reverse
 * @param tallies per object, in {@code objects} order
 * @param watermark the highest source {@code updated_at} the run saw, or null when the objects track none
 * @param rollsBack for a rollback, the runs it undoes
 * @param rolledBackBy for a writing run, the rollback that undid it, else null
 * @param leadMode where the run wrote leads ({@code MODULE} or {@code LIFECYCLE_STAGE}), so a rollback reaches
 *     them the same way whatever the map says now
 * @param host where the run last ran; {@code pid} its process
 */
public record RunRecord(
    int id,
    RunMode mode,
    RunStatus status,
    String planHash,
    String map,
    String export,
    Instant startedAt,
    List<Instant> resumedAt,
    Instant endedAt,
    List<String> objects,
    Map<String, Tally> tallies,
    Instant watermark,
    List<Integer> rollsBack,
    Integer rolledBackBy,
    String leadMode,
    String host,
    long pid) {

  public RunRecord {
    resumedAt = resumedAt == null ? List.of() : List.copyOf(resumedAt);
    objects = objects == null ? List.of() : List.copyOf(objects);
    tallies = tallies == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tallies));
    rollsBack = rollsBack == null ? List.of() : List.copyOf(rollsBack);
  }

  public Optional<Instant> watermarkIfAny() {
    return Optional.ofNullable(watermark);
  }

  public Tally total() {
    return tallies.values().stream().reduce(Tally.ZERO, Tally::plus);
  }

  public boolean unfinished() {
    return !status.finished();
  }

  public RunRecord resumed(Instant at, String newHost, long newPid) {
    List<Instant> times = new java.util.ArrayList<>(resumedAt);
    times.add(at);
    return new RunRecord(id, mode, RunStatus.RUNNING, planHash, map, export, startedAt, times, null, objects, tallies,
        watermark, rollsBack, rolledBackBy, leadMode, newHost, newPid);
  }

  public RunRecord ended(RunStatus newStatus, Instant at, Map<String, Tally> newTallies, Instant newWatermark) {
    return new RunRecord(id, mode, newStatus, planHash, map, export, startedAt, resumedAt, at, objects, newTallies,
        newWatermark, rollsBack, rolledBackBy, leadMode, host, pid);
  }

  public RunRecord withTallies(Map<String, Tally> newTallies) {
    return new RunRecord(id, mode, status, planHash, map, export, startedAt, resumedAt, endedAt, objects, newTallies,
        watermark, rollsBack, rolledBackBy, leadMode, host, pid);
  }

  public RunRecord rolledBackBy(int rollback) {
    return new RunRecord(id, mode, RunStatus.ROLLED_BACK, planHash, map, export, startedAt, resumedAt, endedAt, objects,
        tallies, watermark, rollsBack, rollback, leadMode, host, pid);
  }
}
