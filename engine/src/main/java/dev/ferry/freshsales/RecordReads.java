package dev.ferry.freshsales;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Finding records: by id, by the lookup search on one field, and listing a module page by page. */
final class RecordReads {
  private static final int PAGE_SIZE = 100;

  private final Transport transport;
  private final Targets targets;
  private final ObjectMapper mapper;

  RecordReads(Transport transport, Targets targets, ObjectMapper mapper) {
    this.transport = transport;
    this.targets = targets;
    this.mapper = mapper;
  }

  Optional<RemoteRecord> view(Entity entity, long id) {
    Entity module = targets.of(entity).module();
    ApiResponse response = answer(ApiCall.get("/" + module.plural() + "/" + id));
    if (response.status() == 404) {
      return Optional.empty();
    }
    requireOk(response, "view " + module.singular() + " " + id);
    return Optional.of(record(response.body().path(module.singular())));
  }

  /**
   * {@code GET /lookup?q=&f=&entities=}: the record whose field holds exactly this value. The lookup may match
   * loosely, so candidates are checked against the value before one is returned.
   */
  Optional<RemoteRecord> find(Entity entity, UniqueKey key) {
    if (key.field().equals("id")) {
      return view(entity, Long.parseLong(key.value()));
    }
    Entity module = targets.of(entity).module();
    String query = "/lookup?q=" + encode(key.value()) + "&f=" + encode(key.lookupField()) + "&entities="
        + module.singular();
    ApiResponse response = answer(ApiCall.get(query));
    requireOk(response, "look up " + module.singular() + " by " + key.field());
    for (JsonNode candidate : response.body().path(module.plural()).path(module.plural())) {
      if (holds(candidate, key)) {
        return Optional.of(record(candidate));
      }
    }
    return Optional.empty();
  }

  List<RemoteRecord> listAll(Entity entity) {
    List<RemoteRecord> records = new ArrayList<>();
    forEach(entity, records::add);
    return records;
  }

  /** Every record of the module, page by page, without holding them all. */
  void forEach(Entity entity, Consumer<RemoteRecord> action) {
    Entity module = targets.of(entity).module();
    long viewId = allView(module);
    for (int page = 1; ; page++) {
      JsonNode body = Reads.require(transport,
          ApiCall.get("/" + module.plural() + "/view/" + viewId + "?page=" + page + "&per_page=" + PAGE_SIZE));
      body.path(module.plural()).forEach(r -> action.accept(record(r)));
      if (page >= body.path("meta").path("total_pages").asInt(1)) {
        return;
      }
    }
  }

  /** How many pages of {@value #PAGE_SIZE} listing the module takes: what reading all of it costs, in requests. */
  int pages(Entity entity) {
    Entity module = targets.of(entity).module();
    long viewId = allView(module);
    JsonNode body = Reads.require(transport,
        ApiCall.get("/" + module.plural() + "/view/" + viewId + "?page=1&per_page=" + PAGE_SIZE));
    return body.path("meta").path("total_pages").asInt(1);
  }

  private long allView(Entity module) {
    JsonNode filters = Reads.require(transport, ApiCall.get("/" + module.plural() + "/filters")).path("filters");
    long viewId = -1;
    for (JsonNode filter : filters) {
      if (viewId < 0 || filter.path("name").asText().startsWith("All")) {
        viewId = filter.path("id").asLong();
      }
    }
    if (viewId < 0) {
      throw new FreshsalesException(FreshsalesException.Problem.UNEXPECTED_ANSWER,
          "the account at " + transport.baseUrl() + " offers no view to list " + module.plural());
    }
    return viewId;
  }

  RemoteRecord record(JsonNode json) {
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = mapper.convertValue(json, Map.class);
    return new RemoteRecord(json.path("id").asLong(), fields);
  }

  private static boolean holds(JsonNode record, UniqueKey key) {
    String wanted = key.value().trim();
    if (key.field().equals("emails") || key.field().equals("email")) {
      if (record.path("email").asText("").equalsIgnoreCase(wanted)) {
        return true;
      }
      for (JsonNode email : record.path("emails")) {
        if (email.path("value").asText(email.asText("")).equalsIgnoreCase(wanted)) {
          return true;
        }
      }
      return false;
    }
    JsonNode value = key.field().startsWith("cf_") ? record.path("custom_field").path(key.field())
        : record.path(key.field());
    return !value.isMissingNode() && value.asText("").trim().equalsIgnoreCase(wanted);
  }

  private ApiResponse answer(ApiCall call) {
    try {
      return transport.send(call);
    } catch (TransportFailure e) {
      throw new FreshsalesException(FreshsalesException.Problem.UNREACHABLE, e.getMessage(), e);
    }
  }

  private void requireOk(ApiResponse response, String what) {
    if (!response.ok()) {
      throw new FreshsalesException(FreshsalesException.Problem.UNEXPECTED_ANSWER, "could not " + what + " at "
          + transport.baseUrl() + " (" + response.status() + "): " + String.join("; ", response.messages()));
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
