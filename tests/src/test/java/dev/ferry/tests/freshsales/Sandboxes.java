package dev.ferry.tests.freshsales;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.freshsales.ApiKey;
import dev.ferry.freshsales.FreshsalesClient;
import dev.ferry.freshsales.FreshsalesConfig;
import dev.ferry.sandbox.RateLimit;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Starting sandboxes and clients the way the contract tests need them. */
final class Sandboxes {
  static final String KEY = "contract-test-key-2f9d";
  static final ObjectMapper JSON = new ObjectMapper();

  private Sandboxes() {}

  static SandboxOptions.Builder options() {
    return SandboxOptions.builder(KEY).rateLimit(RateLimit.perHour(1_000_000));
  }

  static FreshsalesConfig config(SandboxServer sandbox) {
    return FreshsalesConfig.of(sandbox.baseUrl(), ApiKey.of(KEY));
  }

  static FreshsalesClient client(FreshsalesConfig config, RecordingSleeper sleeper) {
    FreshsalesClient.Builder builder = FreshsalesClient.builder(config).sleeper(sleeper).random(new Random(3));
    sleeper.clock().ifPresent(builder::clock);
    return builder.build();
  }

  static JsonNode state(SandboxServer sandbox) {
    try {
      return JSON.readTree(sandbox.exportState());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The custom field values of every contact in the sandbox, one entry per contact. */
  static List<String> contactsField(SandboxServer sandbox, String customField) {
    List<String> values = new ArrayList<>();
    for (JsonNode contact : state(sandbox).path("contacts")) {
      JsonNode value = contact.path("custom_field").path(customField);
      if (!value.isMissingNode()) {
        values.add(value.asText());
      }
    }
    return values;
  }

  static List<String> contactEmails(SandboxServer sandbox) {
    List<String> values = new ArrayList<>();
    for (JsonNode contact : state(sandbox).path("contacts")) {
      values.add(contact.path("email").asText());
    }
    return values;
  }
}
