package dev.ferry.tests.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.tests.approval.ApprovedFile;
import dev.ferry.tests.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What cannot migrate is handed over: the automations as a rebuild guide, the survey answers untouched. */
class ReferencesTest {

  private static final Path EXPORT = Path.of("../mappings/examples/actimo-export");

  @TempDir
  Path out;

  @Test
  void automationsBecomeARebuildGuideAndSurveyAnswersAreKeptAsTheyWere() throws IOException {
    Cli.Result result = Cli.run("references", "../mappings/actimo-to-freshsales.yaml", "--out", out.toString());
    assertEquals(0, result.exitCode(), result.all());
    assertTrue(result.out().contains("workflows: 8 automations to rebuild"), result.out());
    assertTrue(result.out().contains("survey-history: 300 rows kept as they were"),
        "300 answers, some spanning lines: " + result.out());

    Approvals.verify(Files.readString(out.resolve("reference/workflows.md")),
        ApprovedFile.beside(Path.of("approved"), "references.workflows"));
    assertArrayEquals(Files.readAllBytes(EXPORT.resolve("survey_responses.csv")),
        Files.readAllBytes(out.resolve("reference/survey-responses.csv")));
  }

  @Test
  void aMissingReferenceFileIsReportedByName() throws IOException {
    Path export = Files.createDirectories(out.resolve("export"));
    Files.copy(EXPORT.resolve("companies.csv"), export.resolve("companies.csv"));
    Files.copy(EXPORT.resolve("employees.csv"), export.resolve("employees.csv"));
    Cli.Result result = Cli.run("references", "../mappings/actimo-to-freshsales.yaml", "--export", export.toString(),
        "--out", out.resolve("refs").toString());
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("warning: export-missing-reference reference 'workflows' reads workflows.json"),
        "the export check warns first: " + result.err());
    assertTrue(result.err().contains("ferry references: reference 'workflows'")
        && result.err().contains("has no workflows.json"), result.err());
  }
}
