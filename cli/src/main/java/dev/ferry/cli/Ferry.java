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
    // In the order of a migration's lifecycle, then the tools around it.
    subcommands = {
      ValidateCommand.class,
      TestCommand.class,
      PlanCommand.class,
      TransformCommand.class,
      ReferencesCommand.class,
      RunCommand.class,
      DeltaCommand.class,
      StatusCommand.class,
      LogCommand.class,
      RollbackCommand.class,
      GenerateCommand.class,
      SandboxCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class Ferry {

  public static void main(String[] args) {
    CommandLine commandLine = commandLine();
    int exitCode = commandLine.execute(args);
    // picocli's writers buffer; System.exit would drop what a command printed without a line end.
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }

  /** Built here so tests drive the same command tree the launcher does. */
  public static CommandLine commandLine() {
    return configured(new CommandLine(new Ferry()));
  }

  /** The same tree, reading {@code env} instead of the process environment (tests point it at their sandbox). */
  public static CommandLine commandLine(Map<String, String> env) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    return configured(new CommandLine(new Ferry(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        K made = defaults.create(type);
        if (made instanceof Environment command) {
          command.environment(env);
        }
        return made;
      }
    }));
  }

  private static CommandLine configured(CommandLine commandLine) {
    commandLine.setExecutionExceptionHandler(Ferry::unexpected);
    commandLine.setParameterExceptionHandler((e, args) -> {
      // A usage mistake is not a bug: say what was wrong and how to ask for help, exit 2.
      e.getCommandLine().getErr().println("ferry: " + e.getMessage());
      e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCode.USAGE;
    });
    return commandLine;
  }

  /**
   * Every expected problem is handled where it happens, with a message naming the file or record; what
   * reaches here is a bug. Say so in one line, without a stack trace unless FERRY_DEBUG is set.
   */
  private static int unexpected(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    commandLine.getErr().println("ferry " + commandLine.getCommandName() + ": unexpected error: " + e
        + " (this is a bug in Ferry; set FERRY_DEBUG=1 for details and please report it)");
    if (System.getenv("FERRY_DEBUG") != null) {
      e.printStackTrace(new java.io.PrintWriter(commandLine.getErr(), true));
    }
    return ExitCode.USAGE;
  }
}
