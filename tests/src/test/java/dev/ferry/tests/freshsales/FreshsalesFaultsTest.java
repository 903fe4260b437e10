package dev.ferry.tests.freshsales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.freshsales.Entity;
import dev.ferry.freshsales.FreshsalesClient;
import dev.ferry.freshsales.Outcome;
import dev.ferry.freshsales.RecordOutcome;
import dev.ferry.freshsales.UniqueKey;
import dev.ferry.freshsales.UpsertRequest;
import dev.ferry.sandbox.Faults;
import dev.ferry.sandbox.RateLimit;
import dev.ferry.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the client does when the service throttles, fails, drops connections, times out or crashes. */
class FreshsalesFaultsTest {
  private static final Instant TEN_SECONDS_INTO_A_MINUTE = Instant.parse("2025-03-01T10:00:10Z");

  private static UpsertRequest person(String actimoId) {
    return new UpsertRequest(UniqueKey.customField("cf_actimo_id", actimoId),
        Map.of("last_name", actimoId, "emails", actimoId + "@nordhavn.example"));
  }

  private static long answered(SandboxServer sandbox, String status) {
    JsonNode report = readJson(sandbox.requestReport());
    return report.path("by_status").path(status).asLong();
  }

  private static JsonNode readJson(String text) {
    try {
      return Sandboxes.JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_429_is_waited_out_for_as_long_as_the_server_says_then_the_request_succeeds() {
    ManualClock clock = new ManualClock(TEN_SECONDS_INTO_A_MINUTE);
    try (SandboxServer sandbox = SandboxServer.start(
        Sandboxes.options().rateLimit(RateLimit.perMinute(3)).clock(clock).build())) {
      try (FreshsalesClient spender = Sandboxes.client(Sandboxes.config(sandbox).withConcurrency(1),
          new RecordingSleeper(clock))) {
        for (int i = 0; i < 3; i++) {
          spender.owners();
        }
      }
      // A fresh client has seen no limit headers, so only the 429 can stop it.
      RecordingSleeper sleeper = new RecordingSleeper(clock);
      try (FreshsalesClient fresh = Sandboxes.client(Sandboxes.config(sandbox), sleeper)) {
        assertEquals(5, fresh.owners().size());
      }
      assertEquals(List.of(Duration.ofSeconds(50)), sleeper.waits(), "Retry-After: 50 at 10:00:10 of a minute window");
      assertEquals(1, answered(sandbox, "429"));
    }
  }

  @Test
  void the_limit_headers_pace_requests_so_the_limit_is_never_hit() {
    ManualClock clock = new ManualClock(TEN_SECONDS_INTO_A_MINUTE);
    try (SandboxServer sandbox = SandboxServer.start(
        Sandboxes.options().rateLimit(RateLimit.perMinute(3)).clock(clock).build())) {
      RecordingSleeper sleeper = new RecordingSleeper(clock);
      try (FreshsalesClient client = Sandboxes.client(Sandboxes.config(sandbox).withConcurrency(1), sleeper)) {
        for (int i = 0; i < 4; i++) {
          client.owners();
        }
      }
      assertEquals(List.of(Duration.ofSeconds(50)), sleeper.waits(), "the fourth request waits for the reset");
      assertEquals(0, answered(sandbox, "429"));
    }
  }

  @Test
  void server_errors_and_dropped_connections_are_retried_without_creating_duplicates() {
    Faults faults = Faults.none().withServerErrorRate(0.2).withDropRate(0.15).withSeed(42);
    try (SandboxServer sandbox = SandboxServer.start(Sandboxes.options().faults(faults).build())) {
      RecordingSleeper sleeper = new RecordingSleeper();
      // One request at a time, so the requests and with them the seeded faults come in the same order every run.
      try (FreshsalesClient client = Sandboxes.client(
          Sandboxes.config(sandbox).withMaxAttempts(10).withConcurrency(1), sleeper)) {
        List<UpsertRequest> requests = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
          requests.add(person("bulk-" + i));
        }
        for (RecordOutcome outcome : client.upsertAll(Entity.CONTACT, requests)) {
          assertTrue(outcome.outcome().succeeded(), outcome.toString());
        }
        for (int i = 0; i < 20; i++) {
          assertTrue(client.upsert(Entity.CONTACT, person("single-" + i)).succeeded());
        }
        for (int i = 0; i < 20; i++) {
          String email = "create-" + i + "@nordhavn.example";
          Outcome created = client.create(Entity.CONTACT, UniqueKey.email(email), Map.of("emails", email));
          assertInstanceOf(Outcome.Created.class, created, email);
        }
      }
      assertTrue(answered(sandbox, "500") > 0 && answered(sandbox, "dropped") > 0, sandbox.requestReport());
      assertFalse(sleeper.waits().isEmpty());
      List<String> ids = Sandboxes.contactsField(sandbox, "cf_actimo_id");
      assertEquals(ids.size(), new HashSet<>(ids).size(), "one contact per cf_actimo_id");
      assertEquals(1 + 250 + 20, ids.size());
      List<String> emails = Sandboxes.contactEmails(sandbox);
      assertEquals(emails.size(), new HashSet<>(emails).size(), "one contact per email");
      assertEquals(2 + 250 + 20 + 20, emails.size());
    }
  }

  @Test
  void a_create_that_timed_out_after_the_server_applied_it_is_settled_by_lookup_not_sent_again() {
    Faults stall = Faults.none().withStalledWrites(1, 1500);
    try (SandboxServer sandbox = SandboxServer.start(Sandboxes.options().faults(stall).build());
        FreshsalesClient client = Sandboxes.client(
            Sandboxes.config(sandbox).withReadTimeout(Duration.ofMillis(500)), new RecordingSleeper())) {
      Outcome outcome = client.create(Entity.CONTACT, UniqueKey.email("late@nordhavn.example"),
          Map.of("first_name", "Late", "emails", "late@nordhavn.example"));
      long id = assertInstanceOf(Outcome.Created.class, outcome).id();
      assertEquals(1L, sandbox.requestCounts().get("POST /contacts"));
      assertEquals(1L, sandbox.requestCounts().get("GET /lookup"));
      assertEquals(id, client.findByEmail(Entity.CONTACT, "late@nordhavn.example").orElseThrow().id());
      assertEquals(1, Sandboxes.contactEmails(sandbox).stream().filter("late@nordhavn.example"::equals).count());
    }
  }

  @Test
  void an_unanswered_bulk_upsert_is_sent_again_and_only_updates_the_second_time() {
    Faults stall = Faults.none().withStalledWrites(1, 1500);
    try (SandboxServer sandbox = SandboxServer.start(Sandboxes.options().faults(stall).build());
        FreshsalesClient client = Sandboxes.client(
            Sandboxes.config(sandbox).withReadTimeout(Duration.ofMillis(500)), new RecordingSleeper())) {
      List<RecordOutcome> outcomes = client.upsertAll(Entity.CONTACT, List.of(person("twice-1"), person("twice-2")));
      assertTrue(outcomes.stream().allMatch(o -> o.outcome() instanceof Outcome.Updated), outcomes.toString());
      assertEquals(2L, sandbox.requestCounts().get("POST /contacts/bulk_upsert"));
      assertEquals(List.of("act-legacy-0002", "twice-1", "twice-2"), Sandboxes.contactsField(sandbox, "cf_actimo_id"));
    }
  }

  @Test
  void state_written_before_a_crash_survives_it(@TempDir Path data) {
    Faults crash = Faults.none().withCrashAfterWrites(3);
    try (SandboxServer crashing = SandboxServer.start(Sandboxes.options().dataDir(data).faults(crash).build());
        FreshsalesClient client = Sandboxes.client(Sandboxes.config(crashing).withMaxAttempts(2),
            new RecordingSleeper())) {
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        outcomes.add(client.upsert(Entity.CONTACT, person("crash-" + i)));
      }
      assertTrue(outcomes.subList(0, 3).stream().allMatch(o -> o instanceof Outcome.Created), outcomes.toString());
      assertTrue(outcomes.subList(3, 5).stream().allMatch(o -> o instanceof Outcome.Unsettled), outcomes.toString());
      // A second server reads the data directory while the crashed one still holds it, as after a kill.
      try (SandboxServer restarted = SandboxServer.start(Sandboxes.options().dataDir(data).build())) {
        assertEquals(List.of("act-legacy-0002", "crash-0", "crash-1", "crash-2"),
            Sandboxes.contactsField(restarted, "cf_actimo_id"));
      }
    }
  }
}
