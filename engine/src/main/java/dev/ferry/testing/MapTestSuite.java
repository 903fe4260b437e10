package dev.ferry.testing;

import dev.ferry.diagnostic.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One test file: the map it tests (and its name as the user would write it), the destination it assumes, its cases. */
public record MapTestSuite(
    String displayName, Path file, Path map, String mapDisplayName, Destination destination, List<Case> cases) {

  public MapTestSuite {
    cases = List.copyOf(cases);
  }

  /** Destination users (email to id) and existing tags; null parts mean "not given here". */
  public record Destination(Map<String, String> users, List<String> tags) {}

  /** One source row as written in the test, with where it was written. */
  public record Row(Map<String, String> cells, Location location) {
    public Row {
      cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
    }
  }

  /** An expected field value and the line that states it. */
  public record ExpectedField(String path, Object value, Location location) {}

  /** What the last given row must produce. Empty parts are not checked. */
  public record Expectation(
      String route,
      List<ExpectedField> fields,
      List<String> absent,
      List<String> rejected,
      List<String> notes,
      Location location) {
    public Expectation {
      fields = List.copyOf(fields);
      absent = List.copyOf(absent);
      rejected = List.copyOf(rejected);
      notes = List.copyOf(notes);
    }

    public boolean expectsRejection() {
      return !rejected.isEmpty();
    }
  }

  /**
   * One case. Rows come inline ({@code given}) or from a CSV fixture ({@code csv}); {@code lookups} are
   * destination ids of other objects' records, by object id and source key.
   */
  public record Case(
      String name,
      String object,
      List<Row> given,
      Path csv,
      Map<String, Map<String, String>> lookups,
      Destination destination,
      Expectation expect,
      Location location) {
    public Case {
      given = List.copyOf(given);
    }
  }
}
