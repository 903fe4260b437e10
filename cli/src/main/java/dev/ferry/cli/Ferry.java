package dev.ferry.cli;

import java.util.Map;
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
      SandboxCommand.class,
      GenerateCommand.class,
      RunCommand.class,
      DeltaCommand.class,
      RollbackCommand.class,
      StatusCommand.class,
      LogCommand.class,
    })
public final class Ferry {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Built here so tests drive the same command tree the launcher does. */
  public static CommandLine commandLine() {
    return new CommandLine(new Ferry());
  }

  /** The same tree, reading {@code env} instead of the process environment (tests point it at their sandbox). */
  public static CommandLine commandLine(Map<String, String> env) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    return new CommandLine(new Ferry(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        K made = defaults.create(type);
        if (made instanceof Environment command) {
          command.environment(env);
        }
        return made;
      }
    });
  }
}
