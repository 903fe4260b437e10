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

  /** The plan, or the exit code to stop with: USAGE when the file is missing, INVALID when the map is. */
  record Loaded(Optional<ExecutionPlan> plan, int exitCode) {}

  private MapOption() {}

  static Loaded load(Path map, PrintWriter err) {
    if (!Files.isRegularFile(map)) {
      err.println("ferry: " + map + ": no such map file");
      return new Loaded(Optional.empty(), ExitCode.USAGE);
    }
    PlanBuilder.Result result = PlanBuilder.build(map, map.toString(), Clock.systemUTC());
    List<Diagnostic> problems = result.diagnostics();
    if (result.plan().isEmpty()) {
      err.print(DiagnosticFormat.TEXT.render(problems));
      err.println("ferry: " + map + " is not a valid map; fix the problems above (`ferry validate` checks it alone)");
      return new Loaded(Optional.empty(), ExitCode.INVALID);
    }
    if (!problems.isEmpty()) {
      err.print(DiagnosticFormat.TEXT.render(problems));
    }
    return new Loaded(result.plan(), ExitCode.OK);
  }
}
