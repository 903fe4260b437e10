package dev.ferry.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.diagnostic.Diagnostic;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.diagnostic.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MapLoaderTest {

  private static Optional<LoadedMap> load(String text, Diagnostics diagnostics) {
    return MapLoader.loadText(text, Path.of("m.yaml"), "m.yaml", diagnostics);
  }

  @Test
  void everyNodeKnowsItsLineColumnAndPointer() {
    Diagnostics diagnostics = new Diagnostics();
    LoadedMap map = load("version: 1\nobjects:\n  - id: a\n    fields:\n      - { to: x, from: y }\n", diagnostics)
        .orElseThrow();
    assertTrue(diagnostics.isEmpty());
    assertEquals(new Location("m.yaml", 5, 9, "/objects/0/fields/0"), map.positions().valueAt("/objects/0/fields/0"));
    assertEquals(new Location("m.yaml", 5, 24, "/objects/0/fields/0/from"),
        map.positions().valueAt("/objects/0/fields/0/from"));
    assertEquals(new Location("m.yaml", 2, 1, "/objects"), map.positions().placeOf("/objects"),
        "a block list is found at its key, not a line below");
  }

  @Test
  void scalarsAreTypedByTheYaml12CoreSchema() {
    LoadedMap map = load("a: 1\nb: 1.5\nc: true\nd: ~\ne: 'yes'\nf: yes\ng: 0x1F\n", new Diagnostics()).orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) map.tree();
    assertEquals(1L, tree.get("a"));
    assertEquals(1.5, tree.get("b"));
    assertEquals(true, tree.get("c"));
    assertEquals(null, tree.get("d"));
    assertEquals("yes", tree.get("e"));
    assertEquals("yes", tree.get("f"), "YAML 1.2: yes is text, not a boolean (the Norway problem)");
    assertEquals(31L, tree.get("g"));
  }

  @Test
  void aDuplicateKeyIsReportedAtTheSecondOneNamingTheFirst() {
    Diagnostics diagnostics = new Diagnostics();
    load("a: 1\nb: 2\na: 3\n", diagnostics);
    List<Diagnostic> problems = diagnostics.sorted();
    assertEquals(1, problems.size());
    assertEquals("yaml-duplicate-key", problems.get(0).code());
    assertEquals(3, problems.get(0).location().line());
    assertTrue(problems.get(0).message().contains("line 1"), problems.get(0).message());
  }

  @Test
  void aliasBombsAreRefusedNotExpanded() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      bomb.append("]\n");
    }
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(load(bomb.toString(), diagnostics).isEmpty());
    assertEquals("yaml-syntax", diagnostics.sorted().get(0).code());
  }

  @Test
  void positionsInsideAnExpressionPointAtTheCharacter() {
    LoadedMap map = load("when: a || b\nq: 'a || b'\nblock: |\n  a ||\n  b\n", new Diagnostics()).orElseThrow();
    assertEquals(1, map.positions().insideScalar("/when", "a || b", 5).line());
    assertEquals(12, map.positions().insideScalar("/when", "a || b", 5).column());
    assertEquals(10, map.positions().insideScalar("/q", "a || b", 5).column(), "one past the opening quote");
    Location inBlock = map.positions().insideScalar("/block", "a ||\nb\n", 5);
    assertEquals(5, inBlock.line(), "the block's second line");
    assertEquals(3, inBlock.column());
  }

  @Test
  void anEmptyFileSaysWhatAMapStartsWith() {
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(load("# nothing\n", diagnostics).isEmpty());
    assertEquals("yaml-empty", diagnostics.sorted().get(0).code());
  }
}
