package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.load.LoadedMap;
import dev.ferry.load.MapLoader;
import dev.ferry.mapping.MappingBinder;
import dev.ferry.mapping.MappingSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Validates a map end to end: YAML, then the JSON Schema, then the semantic rules, then (when an
 * export is given) the export's columns. Nothing is executed and nothing goes over the network.
 * Each step needs the previous one to have passed, except that all problems of a step are reported.
 */
public final class MapValidator {

  private MapValidator() {}

  public static Validation validate(Path file, String displayName, Optional<Path> export) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<LoadedMap> loaded = MapLoader.load(file, displayName, diagnostics);
    if (loaded.isEmpty() || diagnostics.hasErrors()) {
      return new Validation(loaded, Optional.empty(), diagnostics.sorted());
    }
    return validate(loaded.get(), export, diagnostics);
  }

  static Validation validate(LoadedMap loaded, Optional<Path> export, Diagnostics diagnostics) {
    if (!SchemaValidator.shipped().validate(loaded, diagnostics)) {
      return new Validation(Optional.of(loaded), Optional.empty(), diagnostics.sorted());
    }
    MappingSpec map = MappingBinder.bind(loaded);
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) loaded.tree();
    SemanticChecker.check(map, tree, diagnostics);
    if (export.isPresent() && !diagnostics.hasErrors()) {
      ExportChecker.check(map, export.get(), diagnostics);
    }
    return new Validation(Optional.of(loaded), Optional.of(map), diagnostics.sorted());
  }
}
