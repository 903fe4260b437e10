package dev.ferry.cli;

import dev.ferry.bench.TransformBenchmark;
import dev.ferry.transform.TransformContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry bench transform}: transform throughput and peak heap against the raw read-and-write floor. */
@Command(
    name = "bench",
    description = "Measure the transform on a generated export: records/s against a raw read-and-write, and peak heap.",
    mixinStandardHelpOptions = true)
final class BenchCommand extends Verb {

  @Parameters(index = "0", paramLabel = "MAP", defaultValue = "mappings/actimo-to-freshsales.yaml",
      description = "The map to run (default: the shipped one).")
  Path map;

  @Option(names = "--employees", defaultValue = "1000000", description = "Employees to generate (default 1,000,000).")
  long employees;

  @Option(names = "--work", paramLabel = "DIR", description = "Where to generate and write (default: a temporary folder).")
  Path work;

  @Override
  public Integer call() throws IOException {
    MapOption.Loaded loaded = MapOption.load(map, err());
    if (loaded.plan().isEmpty()) {
      return loaded.exitCode();
    }
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("ferry-bench");
    TransformContext destination = DestinationOption.read(null)
        .context((object, key) -> Optional.empty(), loaded.plan().get().owners().fallback());
    out().print(
        TransformBenchmark.run(loaded.plan().get(), destination, employees, dir).render());
    out().println("files in " + dir);
    return ExitCode.OK;
  }
}
