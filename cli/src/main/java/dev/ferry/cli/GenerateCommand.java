package dev.ferry.cli;

import dev.ferry.generate.Dirt;
import dev.ferry.generate.ExportGenerator;
import dev.ferry.generate.GeneratedBundle;
import dev.ferry.generate.GeneratedFile;
import dev.ferry.generate.GeneratorSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ferry generate}: writes a deterministic, realistic Actimo export bundle, dirt included. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
        "Writes an Actimo export bundle (companies.csv, employees.csv, survey_responses.csv, workflows.json)",
        "with realistic data and the dirt real exports have. The same options always give the same bytes.",
        "--changed and --added give the same export a day later, for delta runs."})
public final class GenerateCommand extends Verb {

  @Option(names = "--employees", required = true, paramLabel = "N", description = "Employees in the export.")
  long employees;

  @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created if needed).")
  Path out;

  @Option(names = "--companies", paramLabel = "M", description = "Companies (default: one per 25 employees, at least 3).")
  Long companies;

  @Option(names = "--changed", defaultValue = "0", paramLabel = "K",
      description = "A day later: this many existing employees changed.")
  long changed;

  @Option(names = "--added", defaultValue = "0", paramLabel = "A",
      description = "A day later: this many new employees added at the end.")
  long added;

  @Override
  public Integer call() throws Exception {
    PrintWriter printer = out();
    GeneratorSpec generator;
    try {
      generator = new GeneratorSpec(seed, employees,
          companies == null ? GeneratorSpec.derivedCompanies(employees) : companies, changed, added);
    } catch (IllegalArgumentException e) {
      err().println("ferry generate: " + e.getMessage());
      return 2;
    }
    long started = System.nanoTime();
    GeneratedBundle bundle = new ExportGenerator(generator).write(out);
    long millis = (System.nanoTime() - started) / 1_000_000;
    printer.format(Locale.ROOT, "Wrote %s (seed %d) in %d ms:%n", out, seed, millis);
    for (GeneratedFile file : bundle.files()) {
      printer.format(Locale.ROOT, "  %-22s %,10d %s %,14d bytes%n", file.name(), file.rows(),
          file.name().endsWith(".json") ? "items" : "rows ", file.bytes());
    }
    if (generator.isDayLater()) {
      printer.format(Locale.ROOT, "A day later: %,d employees changed, %,d added.%n", bundle.changedEmployees(), added);
    }
    printer.println("Dirt in employees.csv:");
    for (Dirt kind : Dirt.values()) {
      printer.format(Locale.ROOT, "  %-24s %,8d%n", kind.name().toLowerCase(Locale.ROOT), bundle.dirt(kind));
    }
    printer.flush();
    return 0;
  }
}
