package dev.ferry.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.coerce.Coerced;
import dev.ferry.coerce.Coercer;
import dev.ferry.coerce.ValueRenderer;
import dev.ferry.coerce.ValueType;
import dev.ferry.expression.ExpressionException;
import dev.ferry.mapping.TagPolicy;
import dev.ferry.plan.FieldStep;
import dev.ferry.plan.ValueShape;
import dev.ferry.plan.ValueSource;
import dev.ferry.source.Rejection;
import dev.ferry.source.SourceRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One field's value for one record: from its source (a column, a constant, a concatenation, an
 * expression, a lookup, an owner) through its value map or type, default and required check, to the
 * value the destination gets. A value that cannot be had adds a rejection reason instead.
 */
final class FieldValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Coercer coercer;
  private final TransformContext context;
  private final TagPolicy tags;
  private final boolean blockUnmatchedOwners;
  private final ColumnSlots cells;

  FieldValues(Coercer coercer, TransformContext context, TagPolicy tags, boolean blockUnmatchedOwners,
      ColumnSlots cells) {
    this.coercer = coercer;
    this.context = context;
    this.tags = tags;
    this.blockUnmatchedOwners = blockUnmatchedOwners;
    this.cells = cells;
  }

  /** The destination value, or null for none; adds a reason and returns null when the record cannot have one. */
  Object value(FieldStep field, int[] slots, SourceRecord record, Map<String, Object> variables,
      List<Rejection> reasons, List<String> notes) {
    ValueSource source = field.source();
    if (source instanceof ValueSource.Lookup lookup) {
      return lookup(field, lookup, ColumnSlots.trimmed(cells.cell(record, slots[0])), reasons);
    }
    if (source instanceof ValueSource.Owner owner) {
      String email = owner.column() == null ? "" : ColumnSlots.trimmed(cells.cell(record, slots[0]));
      return owner(field, owner, email, reasons, notes);
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
      return ColumnSlots.orEmpty(cells.cell(record, slots[0]));
    }
    ValueSource.Concat concat = (ValueSource.Concat) source;
    List<String> parts = new ArrayList<>();
    for (int slot : slots) {
      String part = ColumnSlots.trimmed(cells.cell(record, slot));
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

  static JsonNode render(Object value, ValueType type) {
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

  static String firstProblem(ExpressionException e) {
    return e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).message();
  }


}
