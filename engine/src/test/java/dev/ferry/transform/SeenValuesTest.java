package dev.ferry.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeenValuesTest {

  @Test
  void remembersTheFirstLineOfEachValueThroughGrowth() {
    SeenValues seen = new SeenValues();
    for (int i = 0; i < 100_000; i++) {
      assertEquals(-1, seen.addIfAbsent("employee" + i + "@x.dk", i + 2));
    }
    assertEquals(100_000, seen.size());
    assertEquals(2, seen.addIfAbsent("employee0@x.dk", 999_999), "a repeat names the first line");
    assertEquals(50_001 + 2, seen.lineOf("employee50001@x.dk"));
    assertEquals(-1, seen.lineOf("nobody@x.dk"));
  }
}
