package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the account a sandbox starts with: a seed file, or the shipped Nordhavn account. */
final class Seed {
  static final String DEFAULT_RESOURCE = "/dev/ferry/sandbox/seed/nordhavn.json";

  private Seed() {}

  static JsonNode read(Optional<Path> file) {
    try {
      if (file.isPresent()) {
        return Json.MAPPER.readTree(Files.readString(file.get()));
      }
      try (InputStream in = Seed.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the default seed " + DEFAULT_RESOURCE + " is missing from the classpath");
        }
        return Json.MAPPER.readTree(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sandbox seed " + file.map(Path::toString).orElse(DEFAULT_RESOURCE), e);
    }
  }
}
