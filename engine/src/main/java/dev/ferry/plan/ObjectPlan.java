package dev.ferry.plan;

import dev.ferry.coerce.ValueType;
import dev.ferry.diagnostic.Location;
import dev.ferry.expression.CompiledExpression;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One source object, compiled: its records are keyed by {@code key}, checked by {@code rules}, routed by
 * {@code routes} (a single unconditional route when the map says {@code to}) and written by
 * {@code fields}, which include the original-timestamp fields.
 *
 * @param columnTypes the types of the columns expressions read (text unless declared)
 * @param updatedColumn the source column holding the record's last-update time, for delta runs; null if none
 * @param dependsOn the objects this one looks up, which must run first
 */
public record ObjectPlan(
    String id,
    String description,
    String sourceObject,
    String key,
    String identifyBy,
    List<RoutePlan> routes,
    List<RulePlan> rules,
    List<List<String>> unique,
    Map<String, ValueType> columnTypes,
    List<FieldStep> fields,
    String updatedColumn,
    Set<String> dependsOn,
    Location location) {

  public ObjectPlan {
    routes = List.copyOf(routes);
    rules = List.copyOf(rules);
    unique = unique.stream().map(List::copyOf).toList();
    columnTypes = Map.copyOf(columnTypes);
    fields = List.copyOf(fields);
    dependsOn = Set.copyOf(dependsOn);
  }

  /** The destination modules this object writes, in route order. */
  public List<String> destinations() {
    return routes.stream().map(RoutePlan::destination).distinct().toList();
  }

  /** A route: records go to {@code destination} when {@code when} holds; null {@code when} takes the rest. */
  public record RoutePlan(String destination, CompiledExpression when, Location location) {}

  /** A check every record must pass, and the reason given to those that fail it. */
  public record RulePlan(String name, CompiledExpression expect, String message, Location location) {}
}
