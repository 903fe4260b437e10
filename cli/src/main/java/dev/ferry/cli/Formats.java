package dev.ferry.cli;

import dev.ferry.diagnostic.DiagnosticFormat;
import java.util.Locale;
import java.util.Optional;

/** Parses a --format option into a diagnostic format. */
final class Formats {
  private Formats() {}

  static Optional<DiagnosticFormat> parse(String name) {
    try {
      return Optional.of(DiagnosticFormat.valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
