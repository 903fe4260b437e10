package dev.ferry.cli;

import dev.ferry.plan.PlanPrinter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ferry plan MAP}: prints the compiled plan for review, with its hash. Touches no export and no network. */
@Command(
    name = "plan",
    description = "Compile a map and print its execution plan: run order, every field's source, routes, "
        + "custom fields required, and the plan hash.",
    mixinStandardHelpOptions = true)
final class PlanCommand extends Verb {

  @Parameters(index = "0", paramLabel = "MAP", description = "The mapping file.")
  Path map;

  @Override
  public Integer call() {
    MapOption.Loaded loaded = MapOption.load(map, err());
    if (loaded.plan().isEmpty()) {
      return loaded.exitCode();
    }
    out().print(PlanPrinter.print(loaded.plan().get(), Path.of("")));
    return ExitCode.OK;
  }
}
