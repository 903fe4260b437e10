package dev.ferry.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.coerce.Coerced;
import dev.ferry.coerce.Coercer;
import dev.ferry.coerce.ValueType;
import dev.ferry.expression.CompiledExpression;
import dev.ferry.expression.ExpressionException;
import dev.ferry.freshsales.StandardFields;
import dev.ferry.mapping.OwnerPolicy;
import dev.ferry.mapping.TagPolicy;
import dev.ferry.plan.FieldStep;
import dev.ferry.plan.ObjectPlan;
import dev.ferry.plan.ObjectPlan.RoutePlan;
import dev.ferry.plan.ObjectPlan.RulePlan;
import dev.ferry.plan.ValueSource;
import dev.ferry.source.ReadResult;
import dev.ferry.source.Rejection;
import dev.ferry.source.RejectedRowWriter;
import dev.ferry.source.SourceRecord;
import dev.ferry.source.UnreadableRow;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Transforms the records of one object, in order. Holds what must persist across records of the object
 * (the keys and unique values seen so far), so use one instance per pass over an object's records.
 */
public final class ObjectTransformer {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ObjectPlan object;
  private final Coercer coercer;
  private final FieldValues values;
  private final Set<String> expressionColumns;
  /** Each field's place in the payload, split once: {@code custom_field}/name, or a dotted path. */
  private final String[][] paths;
  /** The field that already reads the update time as a date-time (-1 if none), so it is read once. */
  private final int updatedField;
  private final ColumnSlots cells = new ColumnSlots();
  private final int keySlot;
  private final int updatedSlot;
  /** Per field, the slots of the columns it reads (one for a column, lookup or owner; several for concat). */
  private final int[][] fieldSlots;
  private final int[][] uniqueSlots;
  private final String[] expressionNames;
  private final int[] expressionSlots;
  private final SeenValues keys = new SeenValues();
  private final List<SeenValues> uniques = new ArrayList<>();

  ObjectTransformer(ObjectPlan object, Coercer coercer, TransformContext context, TagPolicy tags,
      OwnerPolicy.Unmatched unmatchedOwners) {
    this.object = object;
    this.coercer = coercer;
    this.values = new FieldValues(coercer, context, tags, unmatchedOwners == OwnerPolicy.Unmatched.BLOCK, cells);
    this.expressionColumns = expressionColumns(object);
    this.paths = object.fields().stream().map(f -> path(f.to())).toArray(String[][]::new);
    this.updatedField = updatedField(object);
    this.keySlot = cells.slot(object.key());
    this.updatedSlot = object.updatedColumn() == null ? -1 : cells.slot(object.updatedColumn());
    this.fieldSlots = object.fields().stream().map(f -> cells.slots(columnsRead(f.source()))).toArray(int[][]::new);
    this.uniqueSlots = object.unique().stream().map(cells::slots).toArray(int[][]::new);
    this.expressionNames = expressionColumns.toArray(String[]::new);
    this.expressionSlots = cells.slots(List.of(expressionNames));
    object.unique().forEach(u -> uniques.add(new SeenValues()));
  }

  public ObjectPlan object() {
    return object;
  }

  /** The outcome of one row; every row gets exactly one. */
  public Outcome apply(ReadResult row) {
    if (row instanceof UnreadableRow unreadable) {
      return new Outcome.Rejected(object.id(), null, row,
          List.of(new Rejection(RejectedRowWriter.UNREADABLE_RULE, "", unreadable.reason())));
    }
    SourceRecord record = (SourceRecord) row;
    String key = ColumnSlots.trimmed(cells.cell(record, keySlot));
    if (key.isEmpty()) {
      return reject(record, null, new Rejection("missing_key", object.key(),
          "the record has no " + object.key() + ", so it cannot be tracked or looked up"));
    }
    long firstLine = keys.addIfAbsent(key, record.line());
    if (firstLine >= 0) {
      return reject(record, key, new Rejection("duplicate_key", object.key(),
          object.key() + " " + key + " already appeared at line " + firstLine + "; one source record per key"));
    }
    List<Rejection> reasons = new ArrayList<>();
    Map<String, Object> variables = variables(record, reasons);
    if (!reasons.isEmpty()) {
      return reject(record, key, reasons);
    }
    for (RulePlan rule : object.rules()) {
      checkRule(rule, variables, reasons);
    }
    Optional<String> destination = route(variables, reasons);
    if (destination.isEmpty()) {
      return reject(record, key, reasons);
    }
    // Sized for a typical record, so the field map is not rehashed as it fills.
    ObjectNode body = new ObjectNode(JSON, new java.util.LinkedHashMap<>(64));
    List<String> notes = new ArrayList<>();
    List<FieldStep> fields = object.fields();
    Object updated = null;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).writesFor(destination.get())) {
        Object written = write(fields.get(i), i, record, variables, body, reasons, notes);
        if (i == updatedField) {
          updated = written;
        }
      }
    }
    List<String> uniqueValues = uniqueValues(record);
    for (int i = 0; i < uniqueValues.size(); i++) {
      String value = uniqueValues.get(i);
      long seenAt = value == null ? -1 : uniques.get(i).lineOf(value);
      if (seenAt >= 0) {
        String columns = String.join(" + ", object.unique().get(i));
        reasons.add(new Rejection("duplicate", columns,
            "the same " + columns + " as the record at line " + seenAt + " (" + value + "); " + object.id()
                + " must not repeat it"));
      }
    }
    if (!reasons.isEmpty()) {
      return reject(record, key, reasons);
    }
    for (int i = 0; i < uniqueValues.size(); i++) {
      if (uniqueValues.get(i) != null) {
        uniques.get(i).addIfAbsent(uniqueValues.get(i), record.line());
      }
    }
    Instant updatedAt = updated instanceof OffsetDateTime time ? time.toInstant() : updatedAt(record);
    return new Outcome.Transformed(object.id(), key, destination.get(), body, record, updatedAt, notes);
  }

  private Outcome.Rejected reject(SourceRecord record, String key, Rejection reason) {
    return reject(record, key, List.of(reason));
  }

  private Outcome.Rejected reject(SourceRecord record, String key, List<Rejection> reasons) {
    return new Outcome.Rejected(object.id(), key, record, reasons);
  }

  /** The typed values of the columns the object's expressions read; a bad value is a rejection reason. */
  private Map<String, Object> variables(SourceRecord record, List<Rejection> reasons) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < expressionNames.length; i++) {
      String column = expressionNames[i];
      ValueType type = object.columnTypes().getOrDefault(column, ValueType.TEXT);
      Coerced value = coercer.coerce(ColumnSlots.orEmpty(cells.cell(record, expressionSlots[i])), type);
      if (value instanceof Coerced.Invalid invalid) {
        reasons.add(new Rejection("invalid_value", column, column + ": " + invalid.message()));
      } else {
        variables.put(column, value instanceof Coerced.Value v ? v.value() : null);
      }
    }
    return variables;
  }

  private static void checkRule(RulePlan rule, Map<String, Object> variables, List<Rejection> reasons) {
    String name = rule.name() == null ? "rule" : rule.name();
    try {
      if (!rule.expect().evaluateBoolean(variables)) {
        reasons.add(new Rejection(name, "", rule.message()));
      }
    } catch (ExpressionException e) {
      reasons.add(new Rejection(name, "", "the rule could not be checked: " + FieldValues.firstProblem(e)));
    }
  }

  private Optional<String> route(Map<String, Object> variables, List<Rejection> reasons) {
    for (RoutePlan route : object.routes()) {
      if (route.when() == null) {
        return reasons.isEmpty() ? Optional.of(route.destination()) : Optional.empty();
      }
      try {
        if (route.when().evaluateBoolean(variables)) {
          return reasons.isEmpty() ? Optional.of(route.destination()) : Optional.empty();
        }
      } catch (ExpressionException e) {
        reasons.add(new Rejection("route", "", "the route to " + route.destination() + " could not be decided: "
            + FieldValues.firstProblem(e)));
        return Optional.empty();
      }
    }
    reasons.add(new Rejection("no_route", "", "the record matches none of the routes ("
        + String.join(", ", object.destinations()) + ")"));
    return Optional.empty();
  }

  /** Writes the field's value into {@code body}; returns the value written (null for none). */
  private Object write(FieldStep field, int index, SourceRecord record, Map<String, Object> variables,
      ObjectNode body, List<Rejection> reasons, List<String> notes) {
    Object value;
    try {
      value = values.value(field, fieldSlots[index], record, variables, reasons, notes);
    } catch (ExpressionException e) {
      reasons.add(new Rejection("expression", field.to(), field.to() + ": " + FieldValues.firstProblem(e)));
      return null;
    }
    if (value == null) {
      return null;
    }
    JsonNode json = value instanceof JsonNode node ? node : FieldValues.render(value, field.shape().type());
    place(body, paths[index], json);
    return value;
  }

  private static int updatedField(ObjectPlan object) {
    for (int i = 0; i < object.fields().size(); i++) {
      FieldStep field = object.fields().get(i);
      if (field.source() instanceof ValueSource.Column column && column.column().equals(object.updatedColumn())
          && field.shape().type() == ValueType.DATETIME && !field.shape().mapsValues()) {
        return i;
      }
    }
    return -1;
  }

  private List<String> uniqueValues(SourceRecord record) {
    List<String> values = new ArrayList<>(object.unique().size());
    for (int[] slots : uniqueSlots) {
      StringBuilder joined = new StringBuilder();
      boolean blank = false;
      for (int slot : slots) {
        String part = ColumnSlots.trimmed(cells.cell(record, slot)).toLowerCase(Locale.ROOT);
        blank |= part.isEmpty();
        joined.append(joined.length() == 0 ? "" : " + ").append(part);
      }
      // Blank values do not collide: two employees without an email are not the same person.
      values.add(blank ? null : joined.toString());
    }
    return values;
  }

  private Instant updatedAt(SourceRecord record) {
    if (object.updatedColumn() == null) {
      return null;
    }
    Coerced value = coercer.coerce(ColumnSlots.orEmpty(cells.cell(record, updatedSlot)), ValueType.DATETIME);
    return value instanceof Coerced.Value v ? ((OffsetDateTime) v.value()).toInstant() : null;
  }

  /** cf_ fields go into custom_field; dotted names nest (company.name). */
  private static String[] path(String to) {
    return StandardFields.isCustom(to) ? new String[] {"custom_field", to} : to.split("\\.");
  }

  private static void place(ObjectNode body, String[] path, JsonNode value) {
    ObjectNode target = body;
    for (int i = 0; i < path.length - 1; i++) {
      JsonNode child = target.get(path[i]);
      if (!(child instanceof ObjectNode)) {
        // Sized like the body: custom_field holds a dozen or more fields.
        child = new ObjectNode(JSON, new java.util.LinkedHashMap<>(64));
        target.set(path[i], child);
      }
      target = (ObjectNode) child;
    }
    target.set(path[path.length - 1], value);
  }

  private static List<String> columnsRead(ValueSource source) {
    if (source instanceof ValueSource.Column c) {
      return List.of(c.column());
    }
    if (source instanceof ValueSource.Concat c) {
      return c.columns();
    }
    if (source instanceof ValueSource.Lookup l) {
      return List.of(l.column());
    }
    if (source instanceof ValueSource.Owner o && o.column() != null) {
      return List.of(o.column());
    }
    return List.of();
  }

  private static Set<String> expressionColumns(ObjectPlan object) {
    Set<String> columns = new LinkedHashSet<>();
    object.routes().stream().map(RoutePlan::when).filter(w -> w != null)
        .forEach(w -> columns.addAll(w.variables()));
    object.rules().forEach(r -> columns.addAll(r.expect().variables()));
    object.fields().stream().map(FieldStep::source)
        .filter(s -> s instanceof ValueSource.Expression)
        .map(s -> ((ValueSource.Expression) s).expression())
        .map(CompiledExpression::variables)
        .forEach(columns::addAll);
    return columns;
  }
}
