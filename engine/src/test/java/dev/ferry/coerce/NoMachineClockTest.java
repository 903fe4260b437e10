package dev.ferry.coerce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reading, coercing and generating must not depend on the machine: no default zone, clock or locale.
 * The far-zone tests catch what runs; this catches what a test might not reach.
 */
class NoMachineClockTest {

  private static final List<String> FORBIDDEN = List.of(
      "ZoneId.systemDefault", "TimeZone.getDefault", "new Date(", "SimpleDateFormat", "Calendar.getInstance",
      ".now(", "currentTimeMillis", "Locale.getDefault", "Charset.defaultCharset", "toLowerCase()",
      "toUpperCase()", "String.format(");

  @Test
  void sourcesUseNoMachineDefaults() throws IOException {
    List<String> found = new ArrayList<>();
    for (String pkg : List.of("coerce", "source", "generate")) {
      Path dir = Path.of("src/main/java/dev/ferry", pkg);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            for (String bad : FORBIDDEN) {
              if (lines.get(i).contains(bad)) {
                found.add(file + ":" + (i + 1) + " uses " + bad);
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }
}
