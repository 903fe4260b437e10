package dev.ferry.generate;

import dev.ferry.source.CsvWriter;
import dev.ferry.source.Dialect;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an Actimo export bundle (companies.csv, employees.csv, survey_responses.csv, workflows.json) that
 * looks like a real Nordic deskless workforce's, dirt included (see {@link Dirt} and mappings/README.md).
 * Rows are computed from the seed and their number and written as they are made, so a million employees
 * take no more memory than ten; the same spec always gives the same bytes.
 */
public final class ExportGenerator {

  /** companies.csv: commas, LF, no byte-order mark, canonical header. */
  public static final Dialect COMPANIES = new Dialect(',', false, "\n");
  /** employees.csv: as Excel saves a Danish UI export: semicolons, a UTF-8 byte-order mark, CRLF. */
  public static final Dialect EMPLOYEES = new Dialect(';', true, "\r\n");
  /** survey_responses.csv: commas, CRLF, no byte-order mark. */
  public static final Dialect SURVEY_RESPONSES = new Dialect(',', false, "\r\n");

  private final GeneratorSpec spec;

  public ExportGenerator(GeneratorSpec spec) {
    this.spec = spec;
  }

  /** Writes the bundle into {@code dir} (created if needed), replacing files of the same names. */
  public GeneratedBundle write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Companies companies = new Companies(spec.seed(), spec.companies());
    DirtPlan dirtPlan = new DirtPlan(spec.seed());
    ChangePlan changes = new ChangePlan(spec.seed(), spec.employees(), spec.changed(), dirtPlan);
    Employees employees = new Employees(spec, companies, dirtPlan, changes);

    GeneratedFile companyFile = writeCompanies(dir.resolve("companies.csv"), companies);
    EmployeeTally tally = new EmployeeTally();
    GeneratedFile employeeFile = writeEmployees(dir.resolve("employees.csv"), employees, changes, tally);
    GeneratedFile surveyFile = writeSurveys(dir.resolve("survey_responses.csv"),
        new Surveys(spec.seed(), spec.employees(), employees));
    Path workflows = dir.resolve("workflows.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(workflows))) {
      Workflows.write(out, spec.seed());
    }
    GeneratedFile workflowFile = new GeneratedFile("workflows.json", Workflows.count(), Files.size(workflows));
    return new GeneratedBundle(dir, spec, List.of(companyFile, employeeFile, surveyFile, workflowFile), tally.dirt,
        tally.changed);
  }

  /** What went into employees.csv, counted as it is written. */
  private static final class EmployeeTally {
    private final Map<Dirt, Long> dirt = new EnumMap<>(Dirt.class);
    private long changed;
  }

  private GeneratedFile writeCompanies(Path file, Companies companies) throws IOException {
    try (CsvWriter out = CsvWriter.create(file, COMPANIES)) {
      out.writeRow(Companies.HEADER);
      for (long k = 1; k <= companies.count(); k++) {
        out.writeRow(companies.row(companies.company(k)));
      }
    }
    return new GeneratedFile(file.getFileName().toString(), companies.count(), Files.size(file));
  }

  private GeneratedFile writeEmployees(Path file, Employees employees, ChangePlan changes, EmployeeTally tally)
      throws IOException {
    try (CsvWriter out = CsvWriter.create(file, EMPLOYEES)) {
      out.writeRow(Employees.HEADER);
      for (long i = 1; i <= spec.employeeRows(); i++) {
        Employees.Row row = employees.row(i);
        if (row.dirt() != null) {
          tally.dirt.merge(row.dirt(), 1L, Long::sum);
        }
        if (changes.changed(i)) {
          tally.changed++;
        }
        if (row.rawJobTitle() == null) {
          out.writeRow(row.cells());
        } else {
          out.writeRaw(withRawCell(out, row.cells(), Employees.JOB_TITLE, row.rawJobTitle()));
        }
      }
    }
    return new GeneratedFile(file.getFileName().toString(), spec.employeeRows(), Files.size(file));
  }

  /** The row's line with one cell written exactly as given (unquoted, however broken). */
  private static String withRawCell(CsvWriter out, List<String> cells, int index, String raw) {
    String delimiter = String.valueOf(out.dialect().delimiter());
    return out.format(cells.subList(0, index)) + delimiter + raw + delimiter
        + out.format(cells.subList(index + 1, cells.size()));
  }

  private GeneratedFile writeSurveys(Path file, Surveys surveys) throws IOException {
    try (CsvWriter out = CsvWriter.create(file, SURVEY_RESPONSES)) {
      out.writeRow(Surveys.HEADER);
      for (long j = 1; j <= spec.employees(); j++) {
        out.writeRow(surveys.row(j));
      }
    }
    return new GeneratedFile(file.getFileName().toString(), spec.employees(), Files.size(file));
  }
}
