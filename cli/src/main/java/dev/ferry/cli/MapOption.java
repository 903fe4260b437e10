package dev.ferry.cli;

import dev.ferry.compile.PlanBuilder;
import dev.ferry.diagnostic.Diagnostic;
import dev.ferry.diagnostic.DiagnosticFormat;
import dev.ferry.plan.ExecutionPlan;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Turns the MAP argument of a command into a plan, printing why not when it cannot. */
final class MapOption {

  /** The plan, or the exit code to stop with: USAGE when a file or folder is missing, INVALID when the map is. */
  record Loaded(Optional<ExecutionPlan> plan, int exitCode) {}

  private MapOption() {}

  /** The plan of a command that reads no export (plan, bench). */
  static Loaded load(Path map, PrintWriter err) {
    return load(map, PlanBuilder.Export.NONE, err);
  }

  /**
   * The plan of a command that reads the export ({@code export}, else the map's source.export): every
   * file and column the map reads is checked before the command does anything else.
   */
  static Loaded loadWithExport(Path map, Path export, PrintWriter err) {
    return load(map, export == null ? PlanBuilder.Export.MAPS_OWN : PlanBuilder.Export.at(export), err);
  }

  private static Loaded load(Path map, PlanBuilder.Export export, PrintWriter err) {
    if (!Files.isRegularFile(map)) {
      err.println("ferry: " + map + ": no such map file");
      return new Loaded(Optional.empty(), ExitCode.USAGE);
    }
    PlanBuilder.Result result = PlanBuilder.build(map, map.toString(), Clock.systemUTC(), export);
    List<Diagnostic> problems = result.diagnostics();
    if (result.plan().isEmpty()) {
      err.print(DiagnosticFormat.TEXT.render(problems));
      boolean missingFolder = problems.stream().anyMatch(d -> d.code().equals("export-missing"));
      err.println("ferry: stopped before doing anything; fix the problems above (`ferry validate` checks a map alone)");
      return new Loaded(Optional.empty(), missingFolder ? ExitCode.USAGE : ExitCode.INVALID);
    }
    if (!problems.isEmpty()) {
      err.print(DiagnosticFormat.TEXT.render(problems));
    }
    return new Loaded(result.plan(), ExitCode.OK);
  }
}
