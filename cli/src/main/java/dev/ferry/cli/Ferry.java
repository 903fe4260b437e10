package dev.ferry.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The launcher's root command: it only routes to one class per verb. */
@Command(
    name = "ferry",
    mixinStandardHelpOptions = true,
    version = "ferry 0.1.0",
    description = "Moves CRM data and schema from a source export to a destination, journaled and reversible.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateCommand.class,
      PlanCommand.class,
      TransformCommand.class,
      TestCommand.class,
      SandboxCommand.class,
      GenerateCommand.class,
    })
public final class Ferry {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Built here so tests drive the same command tree the launcher does. */
  public static CommandLine commandLine() {
    return new CommandLine(new Ferry());
  }
}
