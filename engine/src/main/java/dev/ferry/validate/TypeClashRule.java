package dev.ferry.validate;

import dev.ferry.coerce.ValueType;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.freshsales.StandardFields;
import dev.ferry.freshsales.StandardFields.Kind;
import dev.ferry.mapping.CustomFieldSpec;
import dev.ferry.mapping.FieldSource;
import dev.ferry.mapping.FieldSpec;
import dev.ferry.mapping.ObjectSpec;
import dev.ferry.mapping.ObjectSpec.TimestampSpec;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The value a field produces fits the destination field it is written to: no text into a number, no
 * fraction into a whole number, no date-time squeezed into a date, tags only into tags, a value map's
 * ids into a dropdown id. Fields computed by expressions without a declared type are not judged.
 */
final class TypeClashRule implements SemanticRule {

  /** What a field produces, in the destination's terms. */
  private enum Produces {
    TEXT, EMAIL, NUMBER, INTEGER, BOOLEAN, DATE, DATETIME, LIST, TAGS, OWNER, LINKS, LINK_ID
  }

  private static final Map<Kind, Set<Produces>> ACCEPTS = Map.ofEntries(
      // A record id may be kept in a plain text or number field as a reference.
      Map.entry(Kind.TEXT, EnumSet.of(Produces.TEXT, Produces.EMAIL, Produces.NUMBER, Produces.INTEGER,
          Produces.BOOLEAN, Produces.DATE, Produces.DATETIME, Produces.LIST, Produces.LINK_ID)),
      Map.entry(Kind.EMAIL, EnumSet.of(Produces.TEXT, Produces.EMAIL)),
      Map.entry(Kind.NUMBER, EnumSet.of(Produces.NUMBER, Produces.INTEGER, Produces.LINK_ID)),
      Map.entry(Kind.INTEGER, EnumSet.of(Produces.INTEGER)),
      Map.entry(Kind.CHOICE_ID, EnumSet.of(Produces.INTEGER)),
      Map.entry(Kind.BOOLEAN, EnumSet.of(Produces.BOOLEAN)),
      Map.entry(Kind.DATE, EnumSet.of(Produces.DATE)),
      Map.entry(Kind.DATETIME, EnumSet.of(Produces.DATETIME, Produces.DATE)),
      Map.entry(Kind.TAGS, EnumSet.of(Produces.TAGS)),
      Map.entry(Kind.OWNER, EnumSet.of(Produces.OWNER)),
      Map.entry(Kind.LINKS, EnumSet.of(Produces.LINKS)),
      Map.entry(Kind.LINK_ID, EnumSet.of(Produces.LINK_ID)));

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    for (ObjectSpec object : facts.map().objects()) {
      for (FieldSpec field : object.fields()) {
        Optional<Produces> produced = produces(facts, object, field);
        if (produced.isEmpty()) {
          continue;
        }
        for (String module : object.destinations()) {
          if (!field.forRoutes().isEmpty() && !field.forRoutes().contains(module)) {
            continue;
          }
          Optional<Kind> target = destinationKind(facts, module, field.to());
          if (target.isPresent() && ACCEPTS.containsKey(target.get())
              && !ACCEPTS.get(target.get()).contains(produced.get())) {
            diagnostics.error("type-clash", field.location(),
                "field '" + field.to() + "' on " + module + " takes " + words(target.get()) + ", but this field produces "
                    + words(produced.get()) + advice(target.get(), produced.get()));
            break;
          }
        }
      }
      for (TimestampSpec timestamp : DuplicateWriteRule.timestamps(object)) {
        for (String module : object.destinations()) {
          Optional<CustomFieldSpec> declared = facts.map().target().customField(timestamp.to(), module);
          if (declared.isPresent() && !declared.get().type().equals("datetime")) {
            diagnostics.error("type-clash", timestamp.location(),
                "'" + timestamp.to() + "' keeps an original timestamp, so it must be a datetime custom field, not "
                    + declared.get().type());
            break;
          }
        }
      }
    }
  }

  private static Optional<Produces> produces(MapFacts facts, ObjectSpec object, FieldSpec field) {
    FieldSource source = field.source();
    if (source instanceof FieldSource.Lookup lookup) {
      return Optional.of(lookup.as() == FieldSource.Lookup.LinkShape.PRIMARY_LINK ? Produces.LINKS : Produces.LINK_ID);
    }
    if (source instanceof FieldSource.Owner) {
      return Optional.of(Produces.OWNER);
    }
    if (!field.values().isEmpty()) {
      return Optional.of(ofConstants(field.values().values()));
    }
    if (field.type() != null) {
      return Optional.of(of(field.type()));
    }
    if (source instanceof FieldSource.Column column) {
      ValueType declared = facts.columns(object).getOrDefault(column.column(), ValueType.TEXT);
      return Optional.of(of(declared));
    }
    if (source instanceof FieldSource.Constant constant) {
      return Optional.of(ofConstants(java.util.List.of(constant.value())));
    }
    if (source instanceof FieldSource.Concat) {
      return Optional.of(Produces.TEXT);
    }
    return Optional.empty();
  }

  private static Produces ofConstants(java.util.Collection<Object> values) {
    if (values.stream().allMatch(v -> v instanceof Long)) {
      return Produces.INTEGER;
    }
    if (values.stream().allMatch(v -> v instanceof Number)) {
      return Produces.NUMBER;
    }
    if (values.stream().allMatch(v -> v instanceof Boolean)) {
      return Produces.BOOLEAN;
    }
    return Produces.TEXT;
  }

  private static Produces of(ValueType type) {
    return switch (type) {
      case TEXT -> Produces.TEXT;
      case EMAIL -> Produces.EMAIL;
      case NUMBER, PERCENT -> Produces.NUMBER;
      case INTEGER -> Produces.INTEGER;
      case BOOLEAN -> Produces.BOOLEAN;
      case DATE -> Produces.DATE;
      case DATETIME -> Produces.DATETIME;
      case LIST -> Produces.LIST;
      case TAGS -> Produces.TAGS;
    };
  }

  private static Optional<Kind> destinationKind(MapFacts facts, String module, String field) {
    if (!StandardFields.isCustom(field)) {
      return StandardFields.kind(module, field);
    }
    return facts.map().target().customField(field, module).map(declared -> switch (declared.type()) {
      case "number" -> Kind.NUMBER;
      case "date" -> Kind.DATE;
      case "datetime" -> Kind.DATETIME;
      case "checkbox" -> Kind.BOOLEAN;
      case "multi_select" -> Kind.TEXT;
      default -> Kind.TEXT;
    });
  }

  private static String words(Kind kind) {
    return switch (kind) {
      case TEXT -> "text";
      case EMAIL -> "an email address";
      case NUMBER -> "a number";
      case INTEGER -> "a whole number";
      case CHOICE_ID -> "a dropdown choice id";
      case BOOLEAN -> "true or false";
      case DATE -> "a date";
      case DATETIME -> "a date-time";
      case TAGS -> "tags";
      case OWNER -> "an owner (a destination user id)";
      case LINKS -> "links to records ([{id, is_primary}])";
      case LINK_ID -> "the id of a linked record";
      case OBJECT -> "an object";
    };
  }

  private static String words(Produces produced) {
    return switch (produced) {
      case TEXT -> "text";
      case EMAIL -> "an email address";
      case NUMBER -> "a number";
      case INTEGER -> "a whole number";
      case BOOLEAN -> "true or false";
      case DATE -> "a date";
      case DATETIME -> "a date-time";
      case LIST -> "a list";
      case TAGS -> "tags";
      case OWNER -> "an owner";
      case LINKS -> "a list of links";
      case LINK_ID -> "a record id";
    };
  }

  private static String advice(Kind target, Produces produced) {
    if (target == Kind.CHOICE_ID) {
      return "; map the source values to choice ids with 'values'";
    }
    if (target == Kind.TAGS && produced == Produces.LIST) {
      return "; use 'type: tags'";
    }
    if (target == Kind.LINKS && produced == Produces.LINK_ID) {
      return "; write the lookup 'as: primary_link'";
    }
    if (target == Kind.LINK_ID && produced == Produces.LINKS) {
      return "; write the lookup 'as: id'";
    }
    if (target == Kind.INTEGER && produced == Produces.NUMBER) {
      return "; fractions would be lost: use 'type: integer' if the source holds whole numbers";
    }
    if (target == Kind.DATE && produced == Produces.DATETIME) {
      return "; the time would be lost: use 'type: date' or a datetime field";
    }
    return "; set the field's 'type' or write it to a field of the right type";
  }
}
