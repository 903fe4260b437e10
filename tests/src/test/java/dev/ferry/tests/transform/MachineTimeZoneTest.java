package dev.ferry.tests.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dry run's output does not depend on the machine's time zone: the launcher, run in a process whose
 * TZ is the far east (UTC+14) and then the far west (UTC-11), writes byte-identical payloads. Dates never
 * shift by a day; date-times are read in the map's zone, never the machine's.
 */
class MachineTimeZoneTest {

  @TempDir
  Path dir;

  @Test
  void payloadsAreTheSameWhateverTheMachinesTimeZone() throws Exception {
    Path east = transformIn("Pacific/Kiritimati", dir.resolve("east"));
    Path west = transformIn("Pacific/Pago_Pago", dir.resolve("west"));
    for (String file : List.of("sales_account.jsonl", "contact.jsonl", "lead.jsonl", "rejected.csv")) {
      assertEquals(Files.readString(east.resolve(file)), Files.readString(west.resolve(file)), file);
    }
  }

  private static Path transformIn(String zone, Path out) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=" + zone,
        "-cp", System.getProperty("java.class.path"),
        "dev.ferry.cli.Ferry", "transform", "../mappings/actimo-to-freshsales.yaml", "--out", out.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("TZ", zone);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), output);
    return out;
  }
}
