package dev.ferry.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ferry validate} as analysts and CI use it: exit codes, the three output formats, the export check. */
class ValidateCommandTest {

  private static final String SHIPPED = "../mappings/actimo-to-freshsales.yaml";

  @TempDir
  Path dir;

  @Test
  void theShippedMapIsValid() {
    Cli.Result result = Cli.run("validate", SHIPPED);
    assertEquals(0, result.exitCode(), result.all());
    assertTrue(result.err().contains("1 map valid"), result.err());
  }

  @Test
  void theShippedMapMatchesTheShippedExport() {
    Cli.Result result = Cli.run("validate", SHIPPED, "--export", "../mappings/examples/actimo-export");
    assertEquals(0, result.exitCode(), result.all());
  }

  @Test
  void aSyntaxErrorExitsOneNamingFileAndLine() throws IOException {
    Path map = brokenCopy("      - { to: first_name, from: first_name }", "      - { to: first_name, from: first_name");
    Cli.Result result = Cli.run("validate", map.toString());
    assertEquals(1, result.exitCode(), result.all());
    int broken = lineOf("      - { to: first_name, from: first_name }");
    // The parser gives up on the next line; the message also names where the unclosed mapping began.
    assertTrue(result.out().startsWith(map + ":" + (broken + 1) + ":9: error: yaml-syntax"), result.out());
    assertTrue(result.out().contains("(the construct started at line " + broken + ", column 9)"), result.out());
  }

  @Test
  void anUnknownKeyExitsOneNamingFileAndLine() throws IOException {
    Path map = brokenCopy("    key: company_id", "    key: company_id\n    colour: blue");
    Cli.Result result = Cli.run("validate", map.toString());
    assertEquals(1, result.exitCode(), result.all());
    int line = lineOf("    key: company_id") + 1;
    assertTrue(result.out().contains(map + ":" + line + ":5: error: schema-unknown-key unknown key 'colour'"),
        result.out());
  }

  @Test
  void aRouteThatCallsRuntimeExitsOneNamingFileLineAndColumn() throws IOException {
    Path map = brokenCopy("        when: sales_ready || active_deals > 0",
        "        when: sales_ready || Runtime.getRuntime().exec('touch " + dir.resolve("pwned") + "') != null");
    Cli.Result result = Cli.run("validate", map.toString());
    assertEquals(1, result.exitCode(), result.all());
    int line = lineOf("        when: sales_ready || active_deals > 0");
    assertTrue(result.out().contains(map + ":" + line + ":30: error: expression-sandbox"), result.out());
    assertTrue(Files.notExists(dir.resolve("pwned")), "validating must never run the expression");
  }

  @Test
  void severalMapsAreCheckedInOneRunAndAnyInvalidOneFailsIt() throws IOException {
    Path broken = brokenCopy("  timezone: Europe/Copenhagen", "  timezone: Mars/Olympus");
    Cli.Result result = Cli.run("validate", SHIPPED, broken.toString());
    assertEquals(1, result.exitCode());
    assertTrue(result.err().contains("2 maps checked, 1 invalid"), result.err());
  }

  @Test
  void aMissingFileIsAnIoErrorExitTwo() {
    Cli.Result result = Cli.run("validate", dir.resolve("nope.yaml").toString());
    assertEquals(2, result.exitCode(), result.all());
    assertTrue(result.out().contains("file-not-found"), result.out());
  }

  @Test
  void githubFormatPrintsWorkflowAnnotations() throws IOException {
    Path map = brokenCopy("  timezone: Europe/Copenhagen", "  timezone: Mars/Olympus");
    Cli.Result result = Cli.run("validate", "--format", "github", map.toString());
    assertEquals(1, result.exitCode());
    int line = lineOf("  timezone: Europe/Copenhagen");
    assertEquals("::error file=" + map + ",line=" + line + ",col=13,title=ferry source-timezone::"
        + "'Mars/Olympus' is not a time zone; use an IANA name such as Europe/Copenhagen or UTC\n", result.out());
  }

  @Test
  void jsonFormatPrintsOneObjectPerProblem() throws IOException {
    Path map = brokenCopy("  timezone: Europe/Copenhagen", "  timezone: Mars/Olympus");
    Cli.Result result = Cli.run("validate", "--format", "json", map.toString());
    JsonNode problems = new ObjectMapper().readTree(result.out());
    assertEquals(1, problems.size());
    JsonNode problem = problems.get(0);
    assertEquals("source-timezone", problem.get("code").asText());
    assertEquals(lineOf("  timezone: Europe/Copenhagen"), problem.get("line").asInt());
    assertEquals("/source/timezone", problem.get("pointer").asText());
    assertEquals("error", problem.get("severity").asText());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertEquals(2, Cli.run("validate", "--format", "xml", SHIPPED).exitCode());
  }

  @Test
  void anExportWithoutAColumnTheMapReadsIsReportedAtTheColumnsUse() throws IOException {
    Path export = Files.createDirectories(dir.resolve("export"));
    Files.copy(Path.of("../mappings/examples/actimo-export/companies.csv"), export.resolve("companies.csv"));
    Path employees = Path.of("../mappings/examples/actimo-export/employees.csv");
    String text = Files.readString(employees).replace("Engagement Score;", "Engagement;");
    Files.writeString(export.resolve("employees.csv"), text);
    Cli.Result result = Cli.run("validate", SHIPPED, "--export", export.toString());
    assertEquals(1, result.exitCode(), result.all());
    int line = lineOf("      - { to: cf_engagement_score, from: engagement_score, type: number }");
    assertTrue(result.out().contains(SHIPPED + ":" + line + ":"), result.out());
    assertTrue(result.out().contains("export-missing-column employees.csv in " + export + " has no column 'engagement_score'"),
        result.out());
  }

  private Path brokenCopy(String line, String replacement) throws IOException {
    String text = Files.readString(Path.of(SHIPPED));
    assertTrue(text.contains(line + "\n"), "the shipped map has the line to break: " + line);
    Path copy = dir.resolve("broken.yaml");
    Files.writeString(copy, text.replace(line + "\n", replacement + "\n"));
    return copy;
  }

  private static int lineOf(String line) throws IOException {
    return java.util.List.of(Files.readString(Path.of(SHIPPED)).split("\n", -1)).indexOf(line) + 1;
  }
}
