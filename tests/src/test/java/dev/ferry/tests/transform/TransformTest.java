package dev.ferry.tests.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.tests.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dry run on the shipped example: every record ends in exactly one place, the printed counts add
 * up and match the files, and rejected rows can be loaded again. The example's dirt is catalogued in
 * mappings/README.md; the counts below follow from it.
 */
class TransformTest {

  private static final String MAP = "../mappings/actimo-to-freshsales.yaml";
  private static final Pattern TOTAL =
      Pattern.compile("total: (\\d+) records in = (\\d+) transformed \\+ (\\d+) rejected");

  @TempDir
  Path out;

  @Test
  void everyRecordIsTransformedOrRejectedAndTheFilesAgreeWithTheCounts() throws IOException {
    Cli.Result result = Cli.run("transform", MAP, "--out", out.toString());
    assertEquals(0, result.exitCode(), result.all());

    Matcher total = TOTAL.matcher(result.out());
    assertTrue(total.find(), result.out());
    long in = Long.parseLong(total.group(1));
    long transformed = Long.parseLong(total.group(2));
    long rejected = Long.parseLong(total.group(3));
    assertEquals(12 + 300, in, "12 companies and 300 employee rows (two of them unreadable)");
    assertEquals(in, transformed + rejected);

    long written = lines(out.resolve("sales_account.jsonl")) + lines(out.resolve("contact.jsonl"))
        + lines(out.resolve("lead.jsonl"));
    assertEquals(transformed, written, "one payload line per transformed record");
    assertEquals(rejected, rows(out.resolve("rejected.csv")).size(), "one index row per rejected record");
    assertEquals(rejected, rows(out.resolve("rejected/employees.csv")).size(),
        "every rejection in this example is an employee");
    assertTrue(result.out().contains("accounts: 12 read = 12 transformed (12 sales_account) + 0 rejected"),
        result.out());
  }

  @Test
  void theExamplesDirtIsRejectedForTheRightReasons() throws IOException {
    Cli.run("transform", MAP, "--out", out.toString());
    List<CSVRecord> index = rows(out.resolve("rejected.csv"));
    assertEquals(2, count(index, "unreadable_row"), "a broken quote and a row with one column too many");
    assertEquals(6, count(index, "duplicate"), "six employees share an email with an earlier one");
    assertEquals(9, count(index, "invalid_value"), "three scores 'n/a', three impossible dates, three percentages over 100");
    assertEquals(3, count(index, "lookup"), "three employees name a company that is not in the export");
    assertEquals(3, count(index, "rule"), "three employees have neither email nor phone");
    assertEquals(23, index.size());
  }

  @Test
  void payloadsHaveTheShapeFreshsalesTakes() throws IOException {
    Cli.run("transform", MAP, "--out", out.toString());
    JsonNode contact = new ObjectMapper().readTree(Files.readAllLines(out.resolve("contact.jsonl")).get(0));
    JsonNode body = contact.get("contact");
    assertTrue(body.get("owner_id").isNumber(), "owners are destination user ids");
    assertTrue(body.get("tags").isArray());
    assertTrue(body.get("custom_field").get("cf_actimo_id").isTextual(), "cf_ fields go inside custom_field");
    assertTrue(body.get("sales_accounts").get(0).get("is_primary").asBoolean());
    assertTrue(body.get("custom_field").get("cf_actimo_created_at").asText()
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"), "date-times carry their offset");
  }

  @Test
  void rejectedRowsCanBeLoadedAgainAfterFixing() throws IOException {
    Cli.run("transform", MAP, "--out", out.toString());
    List<String> notANumber = rows(out.resolve("rejected.csv")).stream()
        .filter(r -> r.get("reasons").contains("'n/a' is not a number"))
        .map(r -> r.get("key"))
        .toList();
    assertEquals(3, notANumber.size());

    // The analyst fixes the three 'n/a' scores and loads the rejected file as the employees export.
    Path fixed = Files.createDirectories(out.resolve("fixed-export"));
    Files.copy(Path.of("../mappings/examples/actimo-export/companies.csv"), fixed.resolve("companies.csv"));
    String rejected = Files.readString(out.resolve("rejected/employees.csv"));
    Files.writeString(fixed.resolve("employees.csv"), rejected.replace(";n/a;", ";5,0;"));
    Path again = out.resolve("again");
    Cli.Result result = Cli.run("transform", MAP, "--export", fixed.toString(), "--out", again.toString());
    assertEquals(0, result.exitCode(), result.all());

    assertTrue(result.out().contains("employees: 23 read"), "every rejected row is read again: " + result.out());
    String migrated = Files.readString(again.resolve("contact.jsonl")) + Files.readString(again.resolve("lead.jsonl"));
    for (String key : notANumber) {
      assertTrue(migrated.contains("\"cf_actimo_id\":\"" + key + "\""), key + " migrates once fixed");
    }
    assertTrue(rows(again.resolve("rejected.csv")).stream().noneMatch(r -> r.get("reasons").contains("n/a")));
  }

  @Test
  void anExportWithoutAFileTheMapReadsStopsTheRunBeforeAnythingIsWritten() throws IOException {
    Path export = Files.createDirectories(out.resolve("export"));
    Files.copy(Path.of("../mappings/examples/actimo-export/companies.csv"), export.resolve("companies.csv"));
    Path map = out.resolve("map.yaml");
    Files.writeString(map, Files.readString(Path.of(MAP))
        .replace("export: examples/actimo-export", "export: " + export.toAbsolutePath()));

    Cli.Result transform = Cli.run("transform", map.toString(), "--out", out.resolve("dry").toString());
    Cli.Result run = Cli.run("run", map.toString(), "--add-fields-to-sandbox");

    for (Cli.Result result : List.of(transform, run)) {
      assertEquals(1, result.exitCode(), result.all());
      assertTrue(result.err().contains("export-missing-file object 'employees' reads employees.csv"), result.err());
      assertTrue(result.err().contains("stopped before doing anything"), result.err());
    }
    assertTrue(Files.notExists(out.resolve("dry")), "the dry run wrote nothing");
    assertTrue(Files.notExists(out.resolve(".ferry")), "the run opened no journal and reached no destination");
  }

  @Test
  void aMissingExportFolderIsAUsageError() {
    Cli.Result result = Cli.run("transform", MAP, "--export", out.resolve("nope").toString(), "--out", out.toString());
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("does not exist"), result.err());
  }

  private static long count(List<CSVRecord> index, String rule) {
    return index.stream().filter(r -> r.get("rules").equals(rule)).count();
  }

  private static long lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file).size() : 0;
  }

  private static List<CSVRecord> rows(Path csv) throws IOException {
    String text = Files.readString(csv).replace("\uFEFF", "");
    char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
    try (CSVParser parser = CSVParser.parse(text,
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).build())) {
      return parser.getRecords();
    }
  }
}
