package dev.ferry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesABundleAndSaysWhat() {
    CommandLine ferry = Ferry.commandLine();
    StringWriter out = new StringWriter();
    ferry.setOut(new PrintWriter(out));
    int exit = ferry.execute("generate", "--employees", "120", "--seed", "3", "--out", dir.toString());
    assertEquals(0, exit);
    assertTrue(Files.exists(dir.resolve("employees.csv")));
    assertTrue(Files.exists(dir.resolve("workflows.json")));
    String printed = out.toString();
    assertTrue(printed.contains("employees.csv                 120 rows"), printed);
    assertTrue(printed.contains("companies.csv                   5 rows"), printed);
    assertTrue(printed.contains("duplicate_person                1"), printed);
  }

  @Test
  void refusesImpossibleSpecs() {
    CommandLine ferry = Ferry.commandLine();
    StringWriter err = new StringWriter();
    ferry.setErr(new PrintWriter(err));
    int exit = ferry.execute("generate", "--employees", "0", "--out", dir.toString());
    assertEquals(2, exit);
    assertEquals("ferry generate: an export needs at least one employee, not 0", err.toString().strip());
  }
}
