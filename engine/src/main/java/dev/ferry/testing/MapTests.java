package dev.ferry.testing;

import dev.ferry.compile.PlanBuilder;
import dev.ferry.diagnostic.Diagnostic;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.plan.ExecutionPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds test files under a path, builds each one's map once, and runs them. */
public final class MapTests {

  /** One test file's results, or the problems that kept it from running. */
  public record FileResult(String file, List<CaseResult> cases, List<Diagnostic> problems) {
    public FileResult {
      cases = List.copyOf(cases);
      problems = List.copyOf(problems);
    }

    public boolean passed() {
      return problems.stream().noneMatch(Diagnostic::isError) && cases.stream().allMatch(CaseResult::passed);
    }
  }

  private MapTests() {}

  /** The {@code *.test.yaml} files at or under {@code path}, in name order. */
  public static List<Path> find(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.test\\.ya?ml"))
          .filter(p -> !p.toString().contains("/target/"))
          .sorted()
          .toList();
    }
  }

  public static List<FileResult> run(List<Path> files, Clock clock) {
    Map<Path, PlanBuilder.Result> plans = new HashMap<>();
    List<FileResult> results = new ArrayList<>();
    for (Path file : files) {
      Diagnostics problems = new Diagnostics();
      Optional<MapTestSuite> suite = MapTestLoader.load(file, file.toString(), problems);
      if (suite.isEmpty()) {
        results.add(new FileResult(file.toString(), List.of(), problems.sorted()));
        continue;
      }
      Path map = suite.get().map();
      if (!Files.isRegularFile(map)) {
        problems.error("test-map-missing", dev.ferry.diagnostic.Location.ofFile(file.toString()),
            "the map under test, " + map + ", does not exist; set 'map:' to its path relative to this file");
        results.add(new FileResult(file.toString(), List.of(), problems.sorted()));
        continue;
      }
      String mapName = suite.get().mapDisplayName();
      PlanBuilder.Result built = plans.computeIfAbsent(map, m -> PlanBuilder.build(m, mapName, clock));
      if (built.plan().isEmpty()) {
        results.add(new FileResult(file.toString(), List.of(), built.diagnostics()));
        continue;
      }
      ExecutionPlan plan = built.plan().get();
      results.add(new FileResult(file.toString(), MapTestRunner.run(suite.get(), plan), List.of()));
    }
    return results;
  }
}
