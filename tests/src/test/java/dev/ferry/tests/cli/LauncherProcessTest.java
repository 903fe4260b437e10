package dev.ferry.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher as its own process, the way bin/ferry runs it: what a command prints must reach the
 * terminal before the JVM exits, and the exit code must be the command's.
 */
class LauncherProcessTest {

  @Test
  void anInvalidMapsDiagnosticsReachStdoutAndTheExitCodeIsOne() throws Exception {
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "dev.ferry.cli.Ferry", "validate", "invalid-maps/yaml-custom-tag.yaml"))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(process.getInputStream().readAllBytes());
    assertEquals(1, process.waitFor());
    assertTrue(out.startsWith("invalid-maps/yaml-custom-tag.yaml:"), out);
    assertTrue(out.contains("error: yaml-custom-tag"), out);
  }
}
