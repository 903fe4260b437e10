package dev.ferry.compile;

import dev.ferry.diagnostic.Diagnostic;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.mapping.MappingSpec;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.validate.ExportChecker;
import dev.ferry.validate.MapValidator;
import dev.ferry.validate.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * From a map file to an execution plan in one call: validate, optionally check the export, compile.
 * Every command that runs a map starts here, so none can run a map that {@code ferry validate} would
 * refuse, and none that reads an export starts before knowing every file and column it needs is there.
 */
public final class PlanBuilder {

  /** The plan, or the problems that stopped it; warnings come along either way. */
  public record Result(Optional<ExecutionPlan> plan, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Which export, if any, to check before compiling. */
  public sealed interface Export {
    /** Check no export (plan, test). */
    Export NONE = new None();
    /** Check the folder the map's source.export names. */
    Export MAPS_OWN = new MapsOwn();

    /** Check this folder, and plan to read it instead of the map's own. */
    static Export at(Path folder) {
      return new At(folder);
    }

    record None() implements Export {}

    record MapsOwn() implements Export {}

    record At(Path folder) implements Export {}
  }

  private PlanBuilder() {}

  public static Result build(Path mapFile, String displayName, Clock clock) {
    return build(mapFile, displayName, clock, Export.NONE);
  }

  public static Result build(Path mapFile, String displayName, Clock clock, Export export) {
    Validation validation = MapValidator.validate(mapFile, displayName, Optional.empty());
    if (!validation.isValid()) {
      return new Result(Optional.empty(), validation.diagnostics());
    }
    MappingSpec map = validation.map().orElseThrow();
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(validation.diagnostics());
    Path folder = export instanceof Export.At at ? at.folder().toAbsolutePath().normalize()
        : mapFile.toAbsolutePath().getParent().resolve(map.source().export()).normalize();
    if (!(export instanceof Export.None)) {
      if (!Files.isDirectory(folder)) {
        diagnostics.error("export-missing", map.source().location(), "the export folder " + folder
            + " does not exist; give it with --export DIR or as source.export in the map");
        return new Result(Optional.empty(), diagnostics.sorted());
      }
      ExportChecker.check(map, folder, diagnostics);
      if (diagnostics.hasErrors()) {
        return new Result(Optional.empty(), diagnostics.sorted());
      }
    }
    try {
      ExecutionPlan plan = new MapCompiler(clock).compile(validation.loaded().orElseThrow(), map);
      return new Result(Optional.of(export instanceof Export.At ? plan.withExport(folder) : plan), diagnostics.sorted());
    } catch (CompileException e) {
      diagnostics.addAll(e.diagnostics());
      return new Result(Optional.empty(), diagnostics.sorted());
    }
  }
}
