package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostic;
import dev.ferry.load.LoadedMap;
import dev.ferry.mapping.MappingSpec;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating one map: its problems in file order and, when it is valid, the bound map
 * ready to compile.
 */
public record Validation(Optional<LoadedMap> loaded, Optional<MappingSpec> map, List<Diagnostic> diagnostics) {

  public Validation {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean isValid() {
    return map.isPresent() && diagnostics.stream().noneMatch(Diagnostic::isError);
  }
}
