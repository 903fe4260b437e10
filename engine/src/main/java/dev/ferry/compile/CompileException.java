package dev.ferry.compile;

import dev.ferry.diagnostic.Diagnostic;
import java.util.List;

/** A map that validated but cannot be compiled (a default of the wrong type, a cycle): carries the diagnostics. */
public final class CompileException extends Exception {

  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public CompileException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "the map does not compile" : diagnostics.get(0).message());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
