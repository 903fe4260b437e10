package dev.ferry.tests.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.diagnostic.Diagnostic;
import dev.ferry.diagnostic.DiagnosticFormat;
import dev.ferry.tests.approval.ApprovedFile;
import dev.ferry.validate.MapValidator;
import dev.ferry.validate.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken-map corpus: every file in {@code tests/invalid-maps/} is a map with a mistake an analyst
 * could make. Each must be rejected; each problem must be reported on the line the file marks with a
 * trailing {@code # expect: code} comment (and nowhere else); and the exact messages are approved in
 * {@code <case>.approved.txt}, because error messages are part of Ferry's interface.
 */
class InvalidMapsTest {

  private static final Path CORPUS = Path.of("invalid-maps");
  private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*([a-z0-9 -]+)$");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theCorpusHoldsAtLeastThirtyBrokenMaps() throws IOException {
    assertTrue(cases().count() >= 30, "the issue asks for a corpus of at least 30 broken maps");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithEveryProblemOnItsMarkedLine(String name) throws IOException {
    Path file = CORPUS.resolve(name + ".yaml");
    Validation validation = MapValidator.validate(file, "invalid-maps/" + name + ".yaml", Optional.empty());

    assertFalse(validation.isValid(), name + " must be invalid");
    assertEquals(expectedMarks(file), actualMarks(validation.diagnostics()),
        "each diagnostic (line: code) must sit on the line its '# expect:' comment marks");
    Approvals.verify(DiagnosticFormat.TEXT.render(validation.diagnostics()),
        ApprovedFile.beside(CORPUS, name));
  }

  private static TreeSet<String> expectedMarks(Path file) throws IOException {
    TreeSet<String> marks = new TreeSet<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i).trim());
      if (m.find()) {
        for (String code : m.group(1).trim().split("\\s+")) {
          marks.add((i + 1) + ": " + code);
        }
      }
    }
    return marks;
  }

  private static TreeSet<String> actualMarks(List<Diagnostic> diagnostics) {
    List<String> marks = new ArrayList<>();
    diagnostics.forEach(d -> marks.add(d.location().line() + ": " + d.code()));
    return new TreeSet<>(marks);
  }
}
