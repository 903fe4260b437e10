package dev.ferry.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.coerce.Coerced;
import dev.ferry.coerce.Coercer;
import dev.ferry.coerce.ValueRenderer;
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
import dev.ferry.plan.ValueShape;
import dev.ferry.plan.ValueSource;
import dev.ferry.source.ReadResult;
import dev.ferry.source.Rejection;
import dev.ferry.source.RejectedRowWriter;
import dev.ferry.source.SourceRecord;
import dev.ferry.source.UnreadableRow;
import java.math.BigDecimal;
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
  private final TransformContext context;
  private final TagPolicy tags;
  private final boolean blockUnmatchedOwners;
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
    this.context = context;
    this.tags = tags;
    this.blockUnmatchedOwners = unmatchedOwners == OwnerPolicy.Unmatched.BLOCK;
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
    String key = trimmed(cells.cell(record, keySlot));
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
      Coerced value = coercer.coerce(orEmpty(cells.cell(record, expressionSlots[i])), type);
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
      reasons.add(new Rejection(name, "", "the rule could not be checked: " + firstProblem(e)));
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
            + firstProblem(e)));
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
      value = value(field, fieldSlots[index], record, variables, reasons, notes);
    } catch (ExpressionException e) {
      reasons.add(new Rejection("expression", field.to(), field.to() + ": " + firstProblem(e)));
      return null;
    }
    if (value == null) {
      return null;
    }
    JsonNode json = value instanceof JsonNode node ? node : render(value, field.shape().type());
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

  /** The destination value, or null for none; adds a reason and returns null when the record cannot have one. */
  private Object value(FieldStep field, int[] slots, SourceRecord record, Map<String, Object> variables,
      List<Rejection> reasons, List<String> notes) {
    ValueSource source = field.source();
    if (source instanceof ValueSource.Lookup lookup) {
      return lookup(field, lookup, trimmed(cells.cell(record, slots[0])), reasons);
    }
    if (source instanceof ValueSource.Owner owner) {
      return owner(field, owner, owner.column() == null ? "" : trimmed(cells.cell(record, slots[0])), reasons, notes);
    }
    Object value;
    if (source instanceof ValueSource.Constant constant) {
      value = constant.value() instanceof Double d ? BigDecimal.valueOf(d) : constant.value();
    } else if (source instanceof ValueSource.Expression expression) {
      value = typed(field, expression.expression().evaluate(variables), reasons);
    } else {
      value = shaped(field, raw(source, slots, record), reasons);
    }
    if (value == null && field.shape().defaultValue() != null && !field.shape().mapsValues()) {
      value = field.shape().defaultValue();
    }
    if (value == null && field.shape().required()) {
      reasons.add(new Rejection("required", field.to(), field.to() + " is required but the record has no value for it"));
      return null;
    }
    if (value instanceof List<?> list && field.shape().type() == ValueType.TAGS && field.to().equals("tags")) {
      return tagged(list, notes);
    }
    return value;
  }

  private String raw(ValueSource source, int[] slots, SourceRecord record) {
    if (source instanceof ValueSource.Column) {
      return orEmpty(cells.cell(record, slots[0]));
    }
    ValueSource.Concat concat = (ValueSource.Concat) source;
    List<String> parts = new ArrayList<>();
    for (int slot : slots) {
      String part = trimmed(cells.cell(record, slot));
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return String.join(concat.separator(), parts);
  }

  /** Runs a raw source text through the field's value map or type. */
  private Object shaped(FieldStep field, String raw, List<Rejection> reasons) {
    ValueShape shape = field.shape();
    if (raw.isBlank()) {
      return shape.mapsValues() ? shape.defaultValue() : null;
    }
    if (shape.mapsValues()) {
      Optional<Object> mapped = shape.mapped(raw);
      if (mapped.isPresent()) {
        return mapped.get() instanceof Double d ? BigDecimal.valueOf(d) : mapped.get();
      }
      switch (shape.unmapped()) {
        case DEFAULT:
          return shape.defaultValue();
        case BLANK:
          return null;
        case KEEP:
          break;
        default:
          reasons.add(new Rejection("unmapped_value", field.to(), field.to() + ": '" + raw.trim()
              + "' is not in the value map (" + String.join(", ", new java.util.TreeSet<>(shape.values().keySet())) + ")"));
          return null;
      }
    }
    return coerce(field, raw, reasons);
  }

  private Object coerce(FieldStep field, String raw, List<Rejection> reasons) {
    ValueShape shape = field.shape();
    String separator = shape.separator() == null ? Coercer.DEFAULT_LIST_SEPARATOR : shape.separator();
    Coerced coerced = coercer.coerce(raw, shape.type(), separator);
    if (coerced instanceof Coerced.Invalid invalid) {
      reasons.add(new Rejection("invalid_value", field.to(), field.to() + ": " + invalid.message()));
      return null;
    }
    return coerced instanceof Coerced.Value v ? v.value() : null;
  }

  /** An expression's result, read as the field's type when it came back as text. */
  private Object typed(FieldStep field, Object result, List<Rejection> reasons) {
    if (result instanceof String text && field.shape().type() != ValueType.TEXT) {
      return coerce(field, text, reasons);
    }
    if (result instanceof String text && text.isBlank()) {
      return null;
    }
    return result;
  }

  private Object lookup(FieldStep field, ValueSource.Lookup lookup, String key, List<Rejection> reasons) {
    if (key.isEmpty()) {
      return null;
    }
    Optional<String> id = context.ids().destinationId(lookup.object(), key);
    if (id.isEmpty()) {
      if (lookup.rejectWhenMissing()) {
        reasons.add(new Rejection("lookup", field.to(), field.to() + ": " + lookup.column() + " " + key
            + " names no migrated " + lookup.object() + " record"));
      }
      return null;
    }
    JsonNode idNode = idNode(id.get());
    if (!lookup.asPrimaryLink()) {
      return idNode;
    }
    ArrayNode links = JSON.arrayNode();
    links.addObject().<ObjectNode>set("id", idNode).put("is_primary", true);
    return links;
  }

  private Object owner(FieldStep field, ValueSource.Owner owner, String email, List<Rejection> reasons,
      List<String> notes) {
    OwnerDirectory owners = context.owners();
    if (owner.column() == null) {
      return idNode(owners.fallbackId());
    }
    if (email.isEmpty()) {
      notes.add("no owner in " + owner.column() + ": fallback owner " + owners.fallbackEmail());
      return idNode(owners.fallbackId());
    }
    Optional<String> id = owners.userId(email);
    if (id.isPresent()) {
      return idNode(id.get());
    }
    if (blockUnmatchedOwners) {
      reasons.add(new Rejection("owner", field.to(), "owner " + email + " is not a user in the destination"));
      return null;
    }
    notes.add("owner " + email + " is not a destination user: fallback owner " + owners.fallbackEmail());
    return idNode(owners.fallbackId());
  }

  /** Applies the tag collision policy: colliding names are kept (joining the existing tag) or prefixed. */
  private List<String> tagged(List<?> list, List<String> notes) {
    List<String> out = new ArrayList<>(list.size());
    for (Object item : list) {
      String tag = String.valueOf(item);
      if (tags.onCollision() == TagPolicy.Collision.PREFIX && context.tagExists(tag)) {
        notes.add("tag '" + tag + "' exists in the destination: written as '" + tags.prefix() + tag + "'");
        out.add(tags.prefix() + tag);
      } else {
        out.add(tag);
      }
    }
    return out;
  }

  private List<String> uniqueValues(SourceRecord record) {
    List<String> values = new ArrayList<>(object.unique().size());
    for (int[] slots : uniqueSlots) {
      StringBuilder joined = new StringBuilder();
      boolean blank = false;
      for (int slot : slots) {
        String part = trimmed(cells.cell(record, slot)).toLowerCase(Locale.ROOT);
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
    Coerced value = coercer.coerce(orEmpty(cells.cell(record, updatedSlot)), ValueType.DATETIME);
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

  private static JsonNode render(Object value, ValueType type) {
    if (value instanceof List<?> list && type != ValueType.TAGS) {
      // A list in a single field: Freshsales writes multi-values joined with ';'.
      return JSON.textNode(String.join("; ", list.stream().map(String::valueOf).toList()));
    }
    if (value instanceof Double d) {
      return ValueRenderer.toJson(BigDecimal.valueOf(d));
    }
    if (value instanceof Integer i) {
      return ValueRenderer.toJson(i.longValue());
    }
    return ValueRenderer.toJson(value);
  }

  /** Freshsales ids are numbers; a dry run's pending ids are text. */
  static JsonNode idNode(String id) {
    boolean numeric = !id.isEmpty() && id.length() < 19;
    for (int i = 0; numeric && i < id.length(); i++) {
      numeric = id.charAt(i) >= '0' && id.charAt(i) <= '9';
    }
    return numeric ? JSON.numberNode(Long.parseLong(id)) : JSON.textNode(id);
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

  private static String firstProblem(ExpressionException e) {
    return e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).message();
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
