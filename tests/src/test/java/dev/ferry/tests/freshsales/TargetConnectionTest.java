package dev.ferry.tests.freshsales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.cli.Ferry;
import dev.ferry.cli.TargetConnection;
import dev.ferry.freshsales.FreshsalesClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TargetConnectionTest {

  @Test
  void without_an_account_the_launcher_gets_a_started_sandbox_and_a_notice(@TempDir Path work) {
    try (TargetConnection target = TargetConnection.open(Map.of(), work)) {
      String notice = target.notice().orElseThrow();
      assertTrue(notice.startsWith("no FRESHSALES_DOMAIN set: writing to the local Freshsales sandbox at http://127.0.0.1:"),
          notice);
      try (FreshsalesClient client = FreshsalesClient.connect(target.config())) {
        assertEquals(5, client.owners().size());
      }
    }
    assertTrue(Files.exists(work.resolve(".ferry/sandbox/state.json")));
  }

  @Test
  void with_an_account_the_launcher_gets_its_config_and_no_sandbox(@TempDir Path work) {
    try (TargetConnection target = TargetConnection.open(
        Map.of("FRESHSALES_DOMAIN", "acme.myfreshworks.com", "FRESHSALES_API_KEY", "k-123"), work)) {
      assertEquals("https://acme.myfreshworks.com/crm/sales/api", target.config().baseUrl().toString());
      assertTrue(target.sandbox().isEmpty());
      assertTrue(target.notice().isEmpty());
    }
  }

  @Test
  void the_sandbox_command_is_registered_with_its_flags() {
    CommandLine ferry = Ferry.commandLine();
    StringWriter out = new StringWriter();
    ferry.setOut(new PrintWriter(out));
    assertEquals(0, ferry.execute("sandbox", "--help"));
    for (String flag : new String[] {"--port", "--data", "--api-key", "--seed", "--rate-limit", "--fail-rate",
        "--throttle-rate", "--drop-rate", "--latency-ms", "--crash-after-writes", "--fault-seed"}) {
      assertTrue(out.toString().contains(flag), flag + " missing from:\n" + out);
    }
  }
}
