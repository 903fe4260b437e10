package dev.ferry.cli;

import dev.ferry.plan.ExecutionPlan;
import dev.ferry.reference.ExportedReference;
import dev.ferry.reference.ReferenceException;
import dev.ferry.reference.ReferenceExporter;
import dev.ferry.source.ExportBundle;
import dev.ferry.source.SourceException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry references MAP --out DIR}: exports what cannot migrate, for the destination's admin. */
@Command(
    name = "references",
    description = "Export what cannot migrate (automations as a rebuild guide, survey answers as a file), "
        + "as the map's references say.",
    mixinStandardHelpOptions = true)
final class ReferencesCommand extends Verb {

  @Parameters(index = "0", paramLabel = "MAP", description = "The mapping file.")
  Path map;

  @Option(names = "--export", paramLabel = "DIR", description = "The export folder (default: the map's source.export).")
  Path export;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the references.")
  Path out;

  @Override
  public Integer call() {
    MapOption.Loaded loaded = MapOption.loadWithExport(map, export, err());
    if (loaded.plan().isEmpty()) {
      return loaded.exitCode();
    }
    ExecutionPlan plan = loaded.plan().get();
    if (plan.references().isEmpty()) {
      out().println("the map names no references; nothing to export");
      return ExitCode.OK;
    }
    try {
      for (ExportedReference written : ReferenceExporter.export(plan.references(), ExportBundle.open(plan.source().export()), out)) {
        out().println(written.name() + ": " + written.items() + " " + written.what() + " -> " + written.file());
      }
      return ExitCode.OK;
    } catch (ReferenceException | SourceException e) {
      err().println("ferry references: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }
}
