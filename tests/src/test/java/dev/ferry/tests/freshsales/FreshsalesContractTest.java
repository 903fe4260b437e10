package dev.ferry.tests.freshsales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.freshsales.ApiKey;
import dev.ferry.freshsales.Entity;
import dev.ferry.freshsales.FieldInfo;
import dev.ferry.freshsales.FreshsalesClient;
import dev.ferry.freshsales.FreshsalesConfig;
import dev.ferry.freshsales.FreshsalesException;
import dev.ferry.freshsales.LeadMode;
import dev.ferry.freshsales.Outcome;
import dev.ferry.freshsales.RecordOutcome;
import dev.ferry.freshsales.RemoteRecord;
import dev.ferry.freshsales.UniqueKey;
import dev.ferry.freshsales.UpsertRequest;
import dev.ferry.sandbox.SandboxServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the sandbox, one operation or failure mode per test. */
class FreshsalesContractTest {
  private SandboxServer sandbox;
  private RecordingSleeper sleeper;
  private FreshsalesClient client;

  @BeforeEach
  void start() {
    sandbox = SandboxServer.start(Sandboxes.options().build());
    sleeper = new RecordingSleeper();
    client = Sandboxes.client(Sandboxes.config(sandbox), sleeper);
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
  }

  private static UpsertRequest person(String actimoId, String email) {
    return new UpsertRequest(UniqueKey.customField("cf_actimo_id", actimoId), Map.of("first_name", "Test",
        "last_name", actimoId, "emails", email, "custom_field", Map.of("cf_engagement_score", 42)));
  }

  @Test
  void contacts_can_be_created_viewed_updated_and_deleted() {
    Outcome created = client.create(Entity.CONTACT, UniqueKey.email("ida@nordhavn.example"),
        Map.of("first_name", "Ida", "emails", "ida@nordhavn.example", "tags", List.of("vip", "actimo-import")));
    long id = assertInstanceOf(Outcome.Created.class, created).id();

    RemoteRecord viewed = client.view(Entity.CONTACT, id).orElseThrow();
    assertEquals("Ida", viewed.fields().get("first_name"));

    assertEquals(new Outcome.Updated(id), client.update(Entity.CONTACT, id, Map.of("job_title", "Picker")));
    assertEquals("Picker", client.view(Entity.CONTACT, id).orElseThrow().fields().get("job_title"));
    assertTrue(client.tags().stream().anyMatch(t -> t.name().equals("actimo-import")), "new tags are created");

    assertEquals(new Outcome.Deleted(id), client.delete(Entity.CONTACT, id));
    assertTrue(client.view(Entity.CONTACT, id).isEmpty());
  }

  @Test
  void a_second_contact_with_a_taken_email_is_rejected_with_the_api_message() {
    Outcome outcome = client.create(Entity.CONTACT, UniqueKey.email("karen.nielsen@nordhavn.example"),
        Map.of("first_name", "Karen", "emails", "karen.nielsen@nordhavn.example"));
    Outcome.Rejected rejected = assertInstanceOf(Outcome.Rejected.class, outcome);
    assertEquals(400, rejected.status());
    assertTrue(rejected.messages().get(0).contains("has already been taken"), rejected.messages().toString());
  }

  @Test
  void an_unknown_or_mistyped_custom_field_is_a_per_record_error_carrying_the_api_message() {
    Outcome outcome = client.create(Entity.CONTACT, UniqueKey.email("new@nordhavn.example"),
        Map.of("emails", "new@nordhavn.example",
            "custom_field", Map.of("cf_shift_pattern", "nights", "cf_engagement_score", "high")));
    Outcome.Rejected rejected = assertInstanceOf(Outcome.Rejected.class, outcome);
    assertEquals(List.of("cf_engagement_score must be a number",
        "Custom field cf_shift_pattern does not exist for contacts"), rejected.messages());
  }

  @Test
  void upsert_by_a_source_id_creates_then_updates_the_same_record() {
    Outcome first = client.upsert(Entity.CONTACT, person("act-1", "a1@nordhavn.example"));
    long id = assertInstanceOf(Outcome.Created.class, first).id();
    Outcome second = client.upsert(Entity.CONTACT, person("act-1", "a1@nordhavn.example"));
    assertEquals(new Outcome.Updated(id), second);
    assertEquals(List.of("act-legacy-0002", "act-1"), Sandboxes.contactsField(sandbox, "cf_actimo_id"));
  }

  @Test
  void upsert_by_email_updates_an_existing_contact() {
    Outcome outcome = client.upsert(Entity.CONTACT,
        new UpsertRequest(UniqueKey.email("karen.nielsen@nordhavn.example"), Map.of("job_title", "Supervisor")));
    assertEquals(new Outcome.Updated(1), outcome);
  }

  @Test
  void bulk_upsert_sends_100_records_per_request_and_reports_each_in_input_order() {
    List<UpsertRequest> batch = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      batch.add(person("bulk-" + i, "bulk" + i + "@nordhavn.example"));
    }
    List<RecordOutcome> first = client.upsertAll(Entity.CONTACT, batch);
    assertEquals(150, first.size());
    for (int i = 0; i < 150; i++) {
      assertEquals(batch.get(i).key(), first.get(i).key());
      assertInstanceOf(Outcome.Created.class, first.get(i).outcome());
    }
    assertEquals(2L, sandbox.requestCounts().get("POST /contacts/bulk_upsert"));
    assertEquals(2L, sandbox.requestCounts().get("GET /job_statuses/{id}"));

    List<RecordOutcome> again = client.upsertAll(Entity.CONTACT, batch);
    for (int i = 0; i < 150; i++) {
      assertEquals(new Outcome.Updated(first.get(i).outcome().destinationId().orElseThrow()), again.get(i).outcome());
    }
    assertEquals(151, Sandboxes.contactsField(sandbox, "cf_actimo_id").size());
  }

  @Test
  void a_bulk_job_still_running_is_polled_until_it_reports() {
    sandbox.close();
    sandbox = SandboxServer.start(Sandboxes.options().jobPollsUntilDone(2).build());
    client.close();
    client = Sandboxes.client(Sandboxes.config(sandbox), sleeper);
    List<RecordOutcome> outcomes = client.upsertAll(Entity.CONTACT, List.of(person("slow-1", "slow1@nordhavn.example")));
    assertInstanceOf(Outcome.Created.class, outcomes.get(0).outcome());
    assertEquals(3L, sandbox.requestCounts().get("GET /job_statuses/{id}"));
  }

  @Test
  void a_bad_record_in_a_bulk_upsert_fails_alone_with_its_message() {
    List<UpsertRequest> batch = List.of(person("ok-1", "ok1@nordhavn.example"),
        new UpsertRequest(UniqueKey.customField("cf_actimo_id", "bad-1"),
            Map.of("emails", "bad1@nordhavn.example", "custom_field", Map.of("cf_last_engagement_date", "yesterday"))),
        person("ok-2", "ok2@nordhavn.example"));
    List<RecordOutcome> outcomes = client.upsertAll(Entity.CONTACT, batch);
    assertInstanceOf(Outcome.Created.class, outcomes.get(0).outcome());
    Outcome.Rejected rejected = assertInstanceOf(Outcome.Rejected.class, outcomes.get(1).outcome());
    assertEquals(List.of("cf_last_engagement_date must be a date (YYYY-MM-DD)"), rejected.messages());
    assertInstanceOf(Outcome.Created.class, outcomes.get(2).outcome());
  }

  @Test
  void bulk_delete_removes_by_id_in_batches_of_100() {
    List<UpsertRequest> batch = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      batch.add(person("del-" + i, "del" + i + "@nordhavn.example"));
    }
    List<Long> ids = client.upsertAll(Entity.CONTACT, batch).stream()
        .map(o -> o.outcome().destinationId().orElseThrow()).toList();
    List<Outcome> deleted = client.deleteAll(Entity.CONTACT, ids);
    assertEquals(ids.stream().map(Outcome.Deleted::new).toList(), deleted);
    assertEquals(2L, sandbox.requestCounts().get("POST /contacts/bulk_destroy"));
    assertEquals(List.of("act-legacy-0002"), Sandboxes.contactsField(sandbox, "cf_actimo_id"));
  }

  @Test
  void contacts_link_to_sales_accounts_and_bulk_upsert_accounts() {
    List<RecordOutcome> accounts = client.upsertAll(Entity.SALES_ACCOUNT, List.of(
        new UpsertRequest(new UniqueKey("name", "Harbour Crew"), Map.of("custom_field", Map.of("cf_actimo_id", "t-1")))));
    long accountId = accounts.get(0).outcome().destinationId().orElseThrow();
    Outcome contact = client.create(Entity.CONTACT, UniqueKey.email("linked@nordhavn.example"), Map.of(
        "emails", "linked@nordhavn.example", "sales_accounts", List.of(Map.of("id", accountId, "is_primary", true))));
    long contactId = assertInstanceOf(Outcome.Created.class, contact).id();
    Object links = client.view(Entity.CONTACT, contactId).orElseThrow().fields().get("sales_accounts");
    assertEquals(List.of(Map.of("id", (int) accountId, "is_primary", true)), links);

    Outcome missing = client.create(Entity.CONTACT, UniqueKey.email("orphan@nordhavn.example"), Map.of(
        "emails", "orphan@nordhavn.example", "sales_accounts", List.of(Map.of("id", 999999, "is_primary", true))));
    assertInstanceOf(Outcome.Rejected.class, missing);
  }

  @Test
  void leads_go_to_the_lead_module_or_to_contacts_in_the_lead_lifecycle_stage() {
    try (FreshsalesClient module = Sandboxes.client(Sandboxes.config(sandbox).withLeadMode(LeadMode.MODULE), sleeper)) {
      UpsertRequest lead = new UpsertRequest(UniqueKey.customField("cf_actimo_id", "lead-1"),
          Map.of("last_name", "Lind", "email", "lind@nordhavn.example"));
      long id = assertInstanceOf(Outcome.Created.class, module.upsert(Entity.LEAD, lead)).id();
      assertEquals(id, module.find(Entity.LEAD, lead.key()).orElseThrow().id());
      assertEquals(List.of(new RecordOutcome(lead.key(), new Outcome.Updated(id))),
          module.upsertAll(Entity.LEAD, List.of(lead)));
      assertEquals(List.of(new Outcome.Deleted(id)), module.deleteAll(Entity.LEAD, List.of(id)));
    }
    try (FreshsalesClient stage = Sandboxes.client(Sandboxes.config(sandbox).withLeadMode(LeadMode.LIFECYCLE_STAGE),
        sleeper)) {
      List<RecordOutcome> outcomes = stage.upsertAll(Entity.LEAD, List.of(person("lead-2", "lead2@nordhavn.example")));
      long id = outcomes.get(0).outcome().destinationId().orElseThrow();
      assertEquals(71001, stage.view(Entity.CONTACT, id).orElseThrow().fields().get("lifecycle_stage_id"));
    }
  }

  @Test
  void notes_attach_to_a_record() {
    Outcome note = client.addNote(Entity.CONTACT, 1, "Imported from Actimo: 3 surveys answered");
    assertInstanceOf(Outcome.Created.class, note);
    JsonNode stored = Sandboxes.state(sandbox).path("notes").get(0);
    assertEquals("Contact", stored.path("targetable_type").asText());
    assertEquals(1, stored.path("targetable_id").asLong());
    assertInstanceOf(Outcome.Rejected.class, client.addNote(Entity.CONTACT, 424242, "to nobody"));
  }

  @Test
  void owners_fields_and_tags_describe_the_account() {
    assertEquals(List.of("anna.larsen@nordhavn.example", "mikkel.holm@nordhavn.example",
            "sofie.berg@nordhavn.example", "jonas.krogh@nordhavn.example", "migration.owner@nordhavn.example"),
        client.owners().stream().map(o -> o.email()).toList());
    List<FieldInfo> fields = client.fields(Entity.CONTACT);
    FieldInfo actimoId = fields.stream().filter(f -> f.name().equals("cf_actimo_id")).findFirst().orElseThrow();
    assertTrue(actimoId.custom());
    assertEquals("text", actimoId.type());
    assertTrue(fields.stream().noneMatch(f -> f.name().equals("cf_shift_pattern")));
    assertEquals("textarea", client.fields(Entity.LEAD).stream().filter(f -> f.name().equals("cf_training_paths"))
        .findFirst().orElseThrow().type());
    assertEquals(4, client.fields(Entity.SALES_ACCOUNT).stream().filter(FieldInfo::custom).count());
    assertTrue(client.tags().stream().map(t -> t.name()).toList().containsAll(
        List.of("vip", "newsletter", "night-shift", "onboarding")));
  }

  @Test
  void records_are_found_by_email_and_by_unique_identifier() {
    assertEquals(1, client.findByEmail(Entity.CONTACT, "KAREN.nielsen@nordhavn.example").orElseThrow().id());
    assertEquals(2, client.find(Entity.CONTACT, UniqueKey.customField("cf_actimo_id", "act-legacy-0002"))
        .orElseThrow().id());
    assertEquals(Optional.empty(), client.findByEmail(Entity.CONTACT, "nobody@nordhavn.example"));
  }

  @Test
  void listing_pages_through_a_module() {
    List<UpsertRequest> batch = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      batch.add(person("page-" + i, "page" + i + "@nordhavn.example"));
    }
    client.upsertAll(Entity.CONTACT, batch);
    assertEquals(132, client.listAll(Entity.CONTACT).size());
  }

  @Test
  void the_classic_api_base_serves_the_same_account() {
    try (FreshsalesClient classic = Sandboxes.client(FreshsalesConfig.of(sandbox.classicBaseUrl(),
        ApiKey.of(Sandboxes.KEY)), sleeper)) {
      assertEquals(1, classic.findByEmail(Entity.CONTACT, "karen.nielsen@nordhavn.example").orElseThrow().id());
    }
  }

  @Test
  void a_refused_key_is_one_clear_error_naming_the_base_url_and_not_retried() {
    String wrongKey = "wrong-key-9a7c";
    try (FreshsalesClient refused = Sandboxes.client(FreshsalesConfig.of(sandbox.baseUrl(), ApiKey.of(wrongKey)),
        sleeper)) {
      FreshsalesException error = assertThrows(FreshsalesException.class,
          () -> refused.upsert(Entity.CONTACT, person("x", "x@nordhavn.example")));
      assertEquals(FreshsalesException.Problem.AUTH_REFUSED, error.problem());
      assertEquals("the API key was refused by " + sandbox.baseUrl(), error.getMessage());
      assertFalse(error.getMessage().contains(wrongKey));
    }
    assertEquals(1L, sandbox.requestCounts().get("POST /contacts/upsert"));
    assertTrue(sleeper.waits().isEmpty());
  }
}
