package dev.ferry.mapping;

import dev.ferry.coerce.ValueType;
import dev.ferry.diagnostic.Location;
import java.util.List;
import java.util.Map;

/**
 * One source object and how its records become destination records.
 *
 * @param to the destination module when every record goes there; null when {@code routes} decide
 * @param identifyBy the destination field that holds the source key (for upserts and settling)
 * @param unique groups of source columns that must not repeat
 * @param columns declared types of source columns (for expressions), and extra columns
 */
public record ObjectSpec(
    String id,
    String description,
    String from,
    String key,
    String to,
    List<RouteSpec> routes,
    String identifyBy,
    List<UniqueKey> unique,
    Map<String, ColumnType> columns,
    List<RuleSpec> rules,
    TimestampsSpec timestamps,
    List<FieldSpec> fields,
    Location location) {

  public ObjectSpec {
    routes = List.copyOf(routes);
    unique = List.copyOf(unique);
    columns = Map.copyOf(columns);
    rules = List.copyOf(rules);
    fields = List.copyOf(fields);
  }

  /** The destination modules this object's records can land in. */
  public List<String> destinations() {
    return to != null ? List.of(to) : routes.stream().map(RouteSpec::to).distinct().toList();
  }

  /** A route: records go to {@code to} when {@code when} holds; no condition takes every record left. */
  public record RouteSpec(String to, ExpressionText when, Location location) {}

  /** A check every record must pass. */
  public record RuleSpec(String name, ExpressionText expect, String message, Location location) {}

  /** Source columns whose values together must not repeat. */
  public record UniqueKey(List<String> columns, Location location) {
    public UniqueKey {
      columns = List.copyOf(columns);
    }
  }

  /** A declared source column type. */
  public record ColumnType(ValueType type, Location location) {}

  /** Where the original create and update times go. Either may be null. */
  public record TimestampsSpec(TimestampSpec created, TimestampSpec updated) {
    public static final TimestampsSpec NONE = new TimestampsSpec(null, null);
  }

  /** A source date-time column and the destination custom field that keeps it. */
  public record TimestampSpec(String from, String to, Location location) {}
}
