package dev.ferry.cli;

import dev.ferry.plan.ExecutionPlan;
import dev.ferry.transform.DestinationSnapshot;
import dev.ferry.transform.DryRun;
import dev.ferry.transform.ObjectCounts;
import dev.ferry.transform.TransformContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry transform}: the dry run. Writes what would be sent, and what would be rejected and why. */
@Command(
    name = "transform",
    description = "Dry run: transform the export into the payloads Freshsales would receive (one JSON Lines "
        + "file per module) and the rejected rows with their reasons. Nothing is sent.",
    mixinStandardHelpOptions = true)
final class TransformCommand extends Verb {

  @Parameters(index = "0", paramLabel = "MAP", description = "The mapping file.")
  Path map;

  @Option(names = "--export", paramLabel = "DIR", description = "The export folder (default: the map's source.export).")
  Path export;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the payloads and rejections.")
  Path out;

  @Option(names = "--destination", paramLabel = "FILE",
      description = "JSON with the destination's users and tags to assume (default: the bundled sandbox account).")
  Path destination;

  @Override
  public Integer call() {
    MapOption.Loaded loaded = MapOption.loadWithExport(map, export, err());
    if (loaded.plan().isEmpty()) {
      return loaded.exitCode();
    }
    ExecutionPlan plan = loaded.plan().get();
    TransformContext context;
    try {
      DestinationSnapshot snapshot = DestinationOption.read(destination);
      context = snapshot.context((object, key) -> Optional.empty(), plan.owners().fallback());
    } catch (IOException | IllegalArgumentException e) {
      err().println("ferry transform: " + e.getMessage());
      return ExitCode.USAGE;
    }
    List<ObjectCounts> counts;
    try {
      counts = DryRun.run(plan, context, out);
    } catch (IOException e) {
      err().println("ferry transform: cannot write to " + out + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    long read = 0;
    long transformed = 0;
    long rejected = 0;
    for (ObjectCounts c : counts) {
      out().println(c);
      read += c.read();
      transformed += c.transformed();
      rejected += c.rejected();
    }
    out().println("total: " + read + " records in = " + transformed + " transformed + " + rejected + " rejected");
    out().println("payloads and rejections written to " + out
        + (rejected == 0 ? "" : " (rejected.csv lists them; rejected/ holds the rows to fix and load again)"));
    return ExitCode.OK;
  }
}
