package dev.ferry.cli;

import dev.ferry.diagnostic.Diagnostic;
import dev.ferry.diagnostic.DiagnosticFormat;
import dev.ferry.validate.MapValidator;
import dev.ferry.validate.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry validate}: checks maps offline, without running any expression. Exit 0 valid, 1 invalid, 2 usage/I-O. */
@Command(
    name = "validate",
    description = "Check mapping files: YAML, schema, semantics and sandboxed expressions; nothing is run or sent.",
    mixinStandardHelpOptions = true)
final class ValidateCommand extends Verb {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Mapping files to check.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--export", paramLabel = "DIR",
      description = "Also check that the export in DIR has every column the maps read.")
  Path export;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), github (Actions annotations) or json.")
  String format;

  @Override
  public Integer call() {
    Optional<DiagnosticFormat> chosen = Formats.parse(format);
    if (chosen.isEmpty()) {
      err().println("ferry validate: unknown --format '" + format + "'; use text, github or json");
      return ExitCode.USAGE;
    }
    if (export != null && !Files.isDirectory(export)) {
      err().println("ferry validate: --export " + export + " is not a folder");
      return ExitCode.USAGE;
    }
    List<Diagnostic> all = new ArrayList<>();
    boolean ioProblem = false;
    int invalid = 0;
    for (Path file : files) {
      Validation validation = MapValidator.validate(file, file.toString(), Optional.ofNullable(export));
      all.addAll(validation.diagnostics());
      ioProblem |= validation.loaded().isEmpty() && validation.diagnostics().stream()
          .anyMatch(d -> d.code().startsWith("file-"));
      if (!validation.isValid()) {
        invalid++;
      }
    }
    String rendered = chosen.get().render(all);
    out().print(rendered);
    if (chosen.get() == DiagnosticFormat.TEXT) {
      err().println(summary(files.size(), invalid, all));
    }
    if (ioProblem) {
      return ExitCode.USAGE;
    }
    return invalid == 0 ? ExitCode.OK : ExitCode.INVALID;
  }

  private static String summary(int files, int invalid, List<Diagnostic> all) {
    long errors = all.stream().filter(Diagnostic::isError).count();
    long warnings = all.size() - errors;
    String checked = files == 1 ? "1 map" : files + " maps";
    return invalid == 0
        ? checked + " valid" + (warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")")
        : checked + " checked, " + invalid + " invalid: " + errors + " error" + (errors == 1 ? "" : "s")
            + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
  }
}
