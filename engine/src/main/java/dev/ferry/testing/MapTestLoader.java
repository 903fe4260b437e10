package dev.ferry.testing;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.load.LoadedMap;
import dev.ferry.load.MapLoader;
import dev.ferry.load.NodePositions;
import dev.ferry.testing.MapTestSuite.Case;
import dev.ferry.testing.MapTestSuite.Destination;
import dev.ferry.testing.MapTestSuite.Expectation;
import dev.ferry.testing.MapTestSuite.ExpectedField;
import dev.ferry.testing.MapTestSuite.Row;
import dev.ferry.validate.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code *.test.yaml} file with positions, checks it against its schema, and binds it. */
public final class MapTestLoader {

  private MapTestLoader() {}

  public static Optional<MapTestSuite> load(Path file, String displayName, Diagnostics diagnostics) {
    Optional<LoadedMap> loaded = MapLoader.load(file, displayName, diagnostics);
    if (loaded.isEmpty() || diagnostics.hasErrors() || !SchemaValidator.forTests().validate(loaded.get(), diagnostics)) {
      return Optional.empty();
    }
    return Optional.of(bind(loaded.get(), file, displayName));
  }

  private static MapTestSuite bind(LoadedMap loaded, Path file, String displayName) {
    NodePositions at = loaded.positions();
    Map<String, Object> root = map(loaded.tree());
    Path folder = file.toAbsolutePath().getParent();
    String mapName = root.containsKey("map") ? (String) root.get("map") : defaultMapName(file);
    List<Case> cases = new ArrayList<>();
    List<?> rawCases = (List<?>) root.get("cases");
    for (int i = 0; i < rawCases.size(); i++) {
      cases.add(bindCase(map(rawCases.get(i)), "/cases/" + i, at, folder));
    }
    Path shownFolder = file.getParent() == null ? Path.of("") : file.getParent();
    return new MapTestSuite(displayName, file, folder.resolve(mapName).normalize(),
        shownFolder.resolve(mapName).normalize().toString(), destination(map(root.get("destination"))), cases);
  }

  private static Case bindCase(Map<String, Object> raw, String pointer, NodePositions at, Path folder) {
    List<Row> rows = new ArrayList<>();
    if (raw.get("given") instanceof List<?> given) {
      for (int r = 0; r < given.size(); r++) {
        Map<String, String> cells = new LinkedHashMap<>();
        map(given.get(r)).forEach((column, value) -> cells.put(column, text(value)));
        rows.add(new Row(cells, at.placeOf(pointer + "/given/" + r)));
      }
    }
    Map<String, Map<String, String>> lookups = new LinkedHashMap<>();
    Map<String, Object> rawLookups = map(raw.get("lookups"));
    if (rawLookups != null) {
      rawLookups.forEach((object, keys) -> {
        Map<String, String> ids = new LinkedHashMap<>();
        map(keys).forEach((key, id) -> ids.put(key, text(id)));
        lookups.put(object, ids);
      });
    }
    String csv = (String) raw.get("given_csv");
    return new Case(
        (String) raw.get("name"),
        (String) raw.get("object"),
        rows,
        csv == null ? null : folder.resolve(csv).normalize(),
        lookups,
        destination(map(raw.get("destination"))),
        expectation(map(raw.get("expect")), pointer + "/expect", at),
        at.placeOf(pointer));
  }

  private static Expectation expectation(Map<String, Object> raw, String pointer, NodePositions at) {
    List<ExpectedField> fields = new ArrayList<>();
    Map<String, Object> rawFields = map(raw.get("fields"));
    if (rawFields != null) {
      rawFields.forEach((path, value) ->
          fields.add(new ExpectedField(path, value, at.placeOf(NodePositions.child(pointer + "/fields", path)))));
    }
    return new Expectation(
        (String) raw.get("route"),
        fields,
        strings(raw.get("absent")),
        strings(raw.get("rejected")),
        strings(raw.get("notes")),
        at.placeOf(pointer));
  }

  private static Destination destination(Map<String, Object> raw) {
    if (raw == null) {
      return new Destination(null, null);
    }
    Map<String, String> users = null;
    if (raw.get("users") instanceof List<?> list) {
      users = new LinkedHashMap<>();
      for (Object user : list) {
        Map<String, Object> u = map(user);
        users.put(String.valueOf(u.get("email")), text(u.get("id")));
      }
    }
    return new Destination(users, raw.containsKey("tags") ? strings(raw.get("tags")) : null);
  }

  /** A YAML scalar as an export would hold it: 7.5 stays "7.5", true becomes "true", null is an empty cell. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      return String.valueOf(d);
    }
    return String.valueOf(value);
  }

  private static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(value));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
  }

  private static String defaultMapName(Path testFile) {
    String name = testFile.getFileName().toString();
    return name.replaceFirst("\\.test\\.ya?ml$", ".yaml");
  }
}
