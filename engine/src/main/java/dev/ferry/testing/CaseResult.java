package dev.ferry.testing;

import dev.ferry.diagnostic.Location;
import java.util.List;

/** How one case went: passed, or the failures, each pointing at the test line and the map line involved. */
public record CaseResult(String name, Location location, List<String> failures) {

  public CaseResult {
    failures = List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }
}
