package dev.ferry.cli;

import dev.ferry.reference.ExportedReference;
import dev.ferry.reference.ReferenceException;
import dev.ferry.reference.ReferenceExporter;
import dev.ferry.source.ExportBundle;
import dev.ferry.source.SourceException;
import dev.ferry.freshsales.FreshsalesClient;
import dev.ferry.freshsales.FreshsalesConfig;
import dev.ferry.freshsales.FreshsalesException;
import dev.ferry.freshsales.LeadMode;
import dev.ferry.journal.Journal;
import dev.ferry.journal.RunMode;
import dev.ferry.mapping.TargetSpec;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.run.Destination;
import dev.ferry.run.Migration;
import dev.ferry.run.MissingField;
import dev.ferry.run.Modules;
import dev.ferry.run.Preflight;
import dev.ferry.run.RunResult;
import dev.ferry.sandbox.SandboxServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@code ferry run} and {@code ferry delta} share: map, journal, destination, the run, the report. */
final class Migrate {

  /** The options the two verbs share. */
  record Options(Path map, Path export, Path journal, Path out, boolean addFieldsToSandbox) {}

  private Migrate() {}

  static int migrate(RunMode mode, Options options, Map<String, String> env, PrintWriter out, PrintWriter err) {
    String verb = mode.verb();
    MapOption.Loaded loaded = MapOption.loadWithExport(options.map(), options.export(), err);
    if (loaded.plan().isEmpty()) {
      return loaded.exitCode();
    }
    ExecutionPlan plan = loaded.plan().get();
    Path journalFile = JournalOption.resolve(options.map(), options.journal());
    Path workDir = JournalOption.folderOf(options.map());
    try (StopOnInterrupt interrupt = new StopOnInterrupt(err)) {
      Optional<Journal> opened = JournalOption.open(journalFile, verb, "ferry " + verb + " " + options.map(), err);
      if (opened.isEmpty()) {
        return ExitCode.USAGE;
      }
      try (Journal journal = opened.get();
          TargetConnection target = TargetConnection.open(env, workDir);
          FreshsalesClient client = FreshsalesClient.connect(clientConfig(target.config(), plan))) {
        target.notice().ifPresent(notice -> err.println("ferry " + verb + ": " + notice));
        Destination destination = Destination.of(client);
        if (options.addFieldsToSandbox() && !addFields(plan, destination, target, out, err)) {
          return ExitCode.USAGE;
        }
        Migration migration = new Migration(journal, destination, Clock.systemUTC(), ProgressPrinter.forConsole(out),
            interrupt.signal());
        Path reports = options.out();
        Path runs = journalFile.toAbsolutePath().getParent().resolve("runs");
        RunResult result = migration.run(plan, new Migration.Request(mode, options.map().toString(),
            id -> reports != null ? reports : runs.resolve("run-" + id), 0));
        int code = RunReport.print(verb, result, out, err);
        if (mode == RunMode.FULL && result instanceof RunResult.Finished finished && finished.out() != null) {
          exportReferences(plan, finished.out(), out, err);
        }
        if (result instanceof RunResult.Refused refused && refused.why() == RunResult.Refusal.MISSING_FIELDS) {
          adviseOnFields(verb, target, err);
        }
        return code;
      }
    } catch (FreshsalesException e) {
      err.println("ferry " + verb + ": " + e.getMessage());
      return ExitCode.USAGE;
    } catch (IOException e) {
      err.println("ferry " + verb + ": " + e.getMessage());
      return ExitCode.USAGE;
    } catch (IllegalArgumentException e) {
      err.println("ferry " + verb + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
  }

  /**
   * What cannot migrate goes beside the run's reports, for the destination's admin. A reference that
   * cannot be written is a warning: the records have moved, and `ferry references` can be run again.
   */
  private static void exportReferences(ExecutionPlan plan, Path reports, PrintWriter out, PrintWriter err) {
    if (plan.references().isEmpty()) {
      return;
    }
    try {
      for (ExportedReference written : ReferenceExporter.export(plan.references(),
          ExportBundle.open(plan.source().export()), reports)) {
        out.println("reference " + written.name() + ": " + written.items() + " " + written.what() + " -> "
            + written.file());
      }
    } catch (ReferenceException | SourceException e) {
      err.println("ferry run: warning: " + e.getMessage() + "; the records have moved; fix it and run"
          + " `ferry references MAP --out DIR`");
    }
  }

  /** Leads go where the map says, whatever the environment's default. */
  static FreshsalesConfig clientConfig(FreshsalesConfig config, ExecutionPlan plan) {
    return config.withLeadMode(plan.leadMode() == TargetSpec.LeadMode.MODULE ? LeadMode.MODULE : LeadMode.LIFECYCLE_STAGE);
  }

  private static boolean addFields(ExecutionPlan plan, Destination destination, TargetConnection target,
      PrintWriter out, PrintWriter err) {
    Optional<SandboxServer> sandbox = target.sandbox();
    if (sandbox.isEmpty()) {
      err.println("ferry: --add-fields-to-sandbox only works against the local sandbox. In Freshsales, an admin"
          + " creates custom fields in the settings; the API cannot. Run without it to see the list.");
      return false;
    }
    List<MissingField> missing = Preflight.missingFields(plan, destination);
    for (MissingField field : missing) {
      String module = field.module().equals("lead") && plan.leadMode() == TargetSpec.LeadMode.LIFECYCLE_STAGE
          ? "contacts" : Modules.entity(field.module()).plural();
      sandbox.get().addCustomField(module, field.name(), field.label(), field.type());
      out.println("  added to the local sandbox, as a Freshsales admin would: " + field);
    }
    return true;
  }

  private static void adviseOnFields(String verb, TargetConnection target, PrintWriter err) {
    err.println("ferry " + verb + ": create them in Freshsales (Admin Settings > Module customization > the module >"
        + " add a field with that label and type; Freshsales names it cf_ plus the label), then run again.");
    if (target.sandbox().isPresent()) {
      err.println("  against the local sandbox, add --add-fields-to-sandbox to play that admin step there.");
    }
  }
}
