package dev.ferry.cli;

import dev.ferry.diagnostic.DiagnosticFormat;
import dev.ferry.testing.CaseResult;
import dev.ferry.testing.MapTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ferry test [PATH...]}: runs the mapping tests beside the maps. Exit 1 when any case fails. */
@Command(
    name = "test",
    description = "Run mapping tests (*.test.yaml): source rows in, expected payload, route or rejection out.",
    mixinStandardHelpOptions = true)
final class TestCommand extends Verb {

  /** Tests see a fixed today(), so a case that passes today passes tomorrow. */
  static final Clock TEST_CLOCK = Clock.fixed(Instant.parse("2025-01-15T12:00:00Z"), ZoneOffset.UTC);

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Test files or folders to search (default: .).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    List<Path> files = new ArrayList<>();
    for (Path path : paths.isEmpty() ? List.of(Path.of(".")) : paths) {
      if (!Files.exists(path)) {
        err().println("ferry test: " + path + " does not exist");
        return ExitCode.USAGE;
      }
      try {
        files.addAll(MapTests.find(path));
      } catch (IOException e) {
        err().println("ferry test: cannot search " + path + ": " + e.getMessage());
        return ExitCode.USAGE;
      }
    }
    if (files.isEmpty()) {
      err().println("ferry test: no *.test.yaml files found under " + paths);
      return ExitCode.USAGE;
    }
    int passed = 0;
    int failed = 0;
    boolean broken = false;
    for (MapTests.FileResult file : MapTests.run(files, TEST_CLOCK)) {
      out().println(file.file());
      if (!file.problems().isEmpty()) {
        out().print(DiagnosticFormat.TEXT.render(file.problems()).indent(2));
        broken |= file.problems().stream().anyMatch(d -> d.isError());
      }
      for (CaseResult result : file.cases()) {
        if (result.passed()) {
          passed++;
          out().println("  ok    " + result.name());
        } else {
          failed++;
          out().println("  FAIL  " + result.name());
          result.failures().forEach(f -> out().println("        " + f));
        }
      }
    }
    out().println((passed + failed) + " cases: " + passed + " passed, " + failed + " failed"
        + (broken ? "; some test files or maps could not run (see above)" : ""));
    return failed == 0 && !broken ? ExitCode.OK : ExitCode.INVALID;
  }
}
