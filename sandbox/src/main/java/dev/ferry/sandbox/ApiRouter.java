package dev.ferry.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Maps a method and path below the API base to the endpoint that answers it, and names its path template. */
final class ApiRouter {
  private static final Pattern ID = Pattern.compile("\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}");

  private final RecordEndpoints records;
  private final BulkEndpoints bulk;
  private final AccountEndpoints account;

  ApiRouter(Clock clock, int jobPollsUntilDone) {
    this.records = new RecordEndpoints(clock);
    this.bulk = new BulkEndpoints(records, clock, jobPollsUntilDone);
    this.account = new AccountEndpoints(clock);
  }

  /** {@code POST /contacts/bulk_upsert}, {@code GET /contacts/{id}}: what request counts are keyed by. */
  static String template(String method, List<String> segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      path.append('/').append(ID.matcher(segment).matches() ? "{id}" : segment);
    }
    return method + " " + (path.length() == 0 ? "/" : path);
  }

  static boolean isWrite(String method) {
    return !method.equals("GET") && !method.equals("HEAD");
  }

  Reply dispatch(ApiRequest request, AccountState state) {
    String method = request.method();
    String first = request.segment(0);
    int size = request.segments().size();
    if (first.equals("selector") && size == 2 && method.equals("GET")) {
      return account.selector(request.segment(1), state);
    }
    if (first.equals("settings") && size == 3 && request.segment(2).equals("fields") && method.equals("GET")) {
      return RecordKind.fromPath(request.segment(1)).map(k -> account.fields(k, state)).orElseGet(ApiRouter::noRoute);
    }
    if (first.equals("lookup") && size == 1 && method.equals("GET")) {
      return account.lookup(request, state);
    }
    if (first.equals("notes") && size == 1 && method.equals("POST")) {
      return account.createNote(request, state);
    }
    if (first.equals("job_statuses") && size == 2 && method.equals("GET")) {
      return bulk.job(request.segment(1), state);
    }
    Optional<RecordKind> kind = RecordKind.fromPath(first);
    return kind.map(k -> dispatchRecords(k, request, state)).orElseGet(ApiRouter::noRoute);
  }

  private Reply dispatchRecords(RecordKind kind, ApiRequest request, AccountState state) {
    String method = request.method();
    String second = request.segment(1);
    switch (request.segments().size()) {
      case 1:
        return method.equals("POST") ? records.create(kind, request, state) : noRoute();
      case 2:
        if (second.equals("filters") && method.equals("GET")) {
          return records.filters(kind);
        }
        if (second.equals("upsert") && method.equals("POST")) {
          return records.upsert(kind, request, state);
        }
        if (second.equals("bulk_upsert") && method.equals("POST") && kind.hasBulkEndpoints()) {
          return bulk.upsert(kind, request, state);
        }
        if (second.equals("bulk_destroy") && method.equals("POST") && kind.hasBulkEndpoints()) {
          return bulk.destroy(kind, request, state);
        }
        return recordById(kind, method, second, request, state);
      case 3:
        if (second.equals("view") && method.equals("GET") && isNumber(request.segment(2))) {
          return records.list(kind, Long.parseLong(request.segment(2)), request, state);
        }
        return noRoute();
      default:
        return noRoute();
    }
  }

  private Reply recordById(RecordKind kind, String method, String idText, ApiRequest request, AccountState state) {
    if (!isNumber(idText)) {
      return noRoute();
    }
    long id = Long.parseLong(idText);
    return switch (method) {
      case "GET" -> records.view(kind, id, state);
      case "PUT" -> records.update(kind, id, request, state);
      case "DELETE" -> records.delete(kind, id, state);
      default -> noRoute();
    };
  }

  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() < 19;
  }

  private static Reply noRoute() {
    return Reply.notFound("No such API route");
  }
}
