package dev.ferry.compile;

import dev.ferry.diagnostic.Diagnostic;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.validate.MapValidator;
import dev.ferry.validate.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From a map file to an execution plan in one call: validate (no export check), then compile. Every
 * command that runs a map starts here, so none can run a map that {@code ferry validate} would refuse.
 */
public final class PlanBuilder {

  /** The plan, or the problems that stopped it; warnings come along either way. */
  public record Result(Optional<ExecutionPlan> plan, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private PlanBuilder() {}

  public static Result build(Path mapFile, String displayName, Clock clock) {
    Validation validation = MapValidator.validate(mapFile, displayName, Optional.empty());
    if (!validation.isValid()) {
      return new Result(Optional.empty(), validation.diagnostics());
    }
    List<Diagnostic> diagnostics = new ArrayList<>(validation.diagnostics());
    try {
      ExecutionPlan plan = new MapCompiler(clock).compile(validation.loaded().orElseThrow(), validation.map().orElseThrow());
      return new Result(Optional.of(plan), diagnostics);
    } catch (CompileException e) {
      diagnostics.addAll(e.diagnostics());
      return new Result(Optional.empty(), diagnostics);
    }
  }
}
