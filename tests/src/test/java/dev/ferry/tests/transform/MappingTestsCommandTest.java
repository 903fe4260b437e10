package dev.ferry.tests.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.tests.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code ferry test}: the shipped map's tests pass, and a tampered expectation fails at the field's place. */
class MappingTestsCommandTest {

  private static final Path TESTS = Path.of("../mappings/actimo-to-freshsales.test.yaml");

  @Test
  void theShippedMappingTestsPass() {
    Cli.Result result = Cli.run("test", "../mappings");
    assertEquals(0, result.exitCode(), result.all());
    assertTrue(result.out().matches("(?s).*\\d+ cases: \\d+ passed, 0 failed\n"), result.out());
  }

  @Test
  void theFeatureMapsTestsPass() {
    // tests/feature-maps pins the constructs and policies the shipped map does not use.
    Cli.Result result = Cli.run("test", "feature-maps");
    assertEquals(0, result.exitCode(), result.all());
    assertTrue(result.out().contains(" 0 failed"), result.out());
  }

  @Test
  void aTamperedExpectationFailsNamingTheTestLineAndTheMapsField() throws IOException {
    String text = Files.readString(TESTS);
    String original = "      fields: { owner_id: 9001 }";
    assertTrue(text.contains(original));
    Path tampered = TESTS.resolveSibling("tampered-" + ProcessHandle.current().pid() + ".test.yaml");
    try {
      Files.writeString(tampered, text.replace(original, "      fields: { owner_id: 9002 }"));
      Cli.Result result = Cli.run("test", tampered.toString());
      assertEquals(1, result.exitCode(), result.all());
      int testLine = lineOf(text, original);
      int mapLine = lineOf(Files.readString(Path.of("../mappings/actimo-to-freshsales.yaml")), "      - to: owner_id");
      assertTrue(result.out().contains(tampered + ":" + testLine + ":27: field owner_id: expected 9002, got 9001"
          + " (field defined at ../mappings/actimo-to-freshsales.yaml:" + mapLine + ":9)"), result.out());
      assertTrue(result.out().contains("1 failed"), result.out());
    } finally {
      Files.deleteIfExists(tampered);
    }
  }

  @Test
  void noTestFilesIsAUsageError() throws IOException {
    Path empty = Files.createTempDirectory("no-tests");
    assertEquals(2, Cli.run("test", empty.toString()).exitCode());
  }

  private static int lineOf(String text, String line) {
    return java.util.List.of(text.split("\n", -1)).indexOf(line) + 1;
  }
}
