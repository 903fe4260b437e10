package dev.ferry.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one run of checks, so every stage can report several and carry on. */
public final class Diagnostics {

  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing((Diagnostic d) -> d.location().file())
          .thenComparingInt(d -> d.location().line())
          .thenComparingInt(d -> d.location().column())
          .thenComparing(Diagnostic::code);

  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void error(String code, Location location, String message) {
    add(Diagnostic.error(code, location, message));
  }

  public void warning(String code, Location location, String message) {
    add(Diagnostic.warning(code, location, message));
  }

  public void addAll(Iterable<Diagnostic> diagnostics) {
    diagnostics.forEach(this::add);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** In file order, so output reads top to bottom like the map. */
  public List<Diagnostic> sorted() {
    return items.stream().sorted(BY_POSITION).toList();
  }
}
