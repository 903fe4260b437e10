package dev.ferry.cli;

import dev.ferry.transform.DestinationSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The destination users and tags an offline command assumes: a JSON file the user gives, or else the
 * bundled sandbox account, which is also the default target of a run.
 */
final class DestinationOption {

  static final String SANDBOX_SEED = "/dev/ferry/sandbox/seed/nordhavn.json";

  private DestinationOption() {}

  static DestinationSnapshot read(Path file) throws IOException {
    if (file != null) {
      try (InputStream in = Files.newInputStream(file)) {
        return DestinationSnapshot.read(in, file.toString());
      }
    }
    try (InputStream in = DestinationOption.class.getResourceAsStream(SANDBOX_SEED)) {
      if (in == null) {
        throw new IOException("the launcher lacks the sandbox seed " + SANDBOX_SEED + "; rebuild it");
      }
      return DestinationSnapshot.read(in, "the sandbox account");
    }
  }
}
