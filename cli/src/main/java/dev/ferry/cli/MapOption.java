package dev.ferry.cli;

import dev.ferry.compile.PlanBuilder;
import dev.ferry.diagnostic.Diagnostic;
import dev.ferry.diagnostic.DiagnosticFormat;
import dev.ferry.plan.ExecutionPlan;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Turns the MAP argument of a command into a plan, printing why not when it cannot. */
final class MapOption {

  private MapOption() {}

  /** The plan, or empty after printing the map's problems to {@code err}. */
  static Optional<ExecutionPlan> plan(Path map, PrintStream err) {
    PrintWriter writer = new PrintWriter(err, true);
    Optional<ExecutionPlan> plan = plan(map, writer);
    writer.flush();
    return plan;
  }

  /** The same, for commands that print through picocli's writers. */
  static Optional<ExecutionPlan> plan(Path map, PrintWriter err) {
    if (!Files.isRegularFile(map)) {
      err.println("ferry: " + map + ": no such map file");
      return Optional.empty();
    }
    PlanBuilder.Result result = PlanBuilder.build(map, map.toString(), Clock.systemUTC());
    List<Diagnostic> problems = result.diagnostics();
    if (result.plan().isEmpty()) {
      err.print(DiagnosticFormat.TEXT.render(problems));
      err.println("ferry: " + map + " is not a valid map; fix the problems above (`ferry validate` checks it alone)");
      return Optional.empty();
    }
    if (!problems.isEmpty()) {
      err.print(DiagnosticFormat.TEXT.render(problems));
    }
    return result.plan();
  }
}
