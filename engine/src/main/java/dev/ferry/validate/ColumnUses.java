package dev.ferry.validate;

import dev.ferry.diagnostic.Location;
import dev.ferry.expression.ExpressionChecker;
import dev.ferry.mapping.ExpressionText;
import dev.ferry.mapping.FieldSource;
import dev.ferry.mapping.FieldSpec;
import dev.ferry.mapping.ObjectSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The source columns an object reads, each with the place in the map that reads it. */
final class ColumnUses {

  /** One column read at one place. */
  record Use(String column, Location location) {}

  private ColumnUses() {}

  /** Columns named directly: the key, unique keys, timestamps and field sources. */
  static List<Use> named(ObjectSpec object) {
    List<Use> uses = new ArrayList<>();
    uses.add(new Use(object.key(), object.location()));
    object.unique().forEach(key -> key.columns().forEach(c -> uses.add(new Use(c, key.location()))));
    DuplicateWriteRule.timestamps(object).forEach(t -> uses.add(new Use(t.from(), t.location())));
    for (FieldSpec field : object.fields()) {
      FieldSource source = field.source();
      if (source instanceof FieldSource.Column c) {
        uses.add(new Use(c.column(), c.location()));
      } else if (source instanceof FieldSource.Concat c) {
        c.columns().forEach(name -> uses.add(new Use(name, c.location())));
      } else if (source instanceof FieldSource.Lookup l) {
        uses.add(new Use(l.column(), l.location()));
      } else if (source instanceof FieldSource.Owner o && !o.fallbackOnly()) {
        uses.add(new Use(o.column(), o.location()));
      }
    }
    return uses;
  }

  /** Named columns plus those the object's expressions read. */
  static List<Use> all(ObjectSpec object, Set<String> variables) {
    List<Use> uses = named(object);
    for (ExpressionText expression : expressions(object)) {
      ExpressionChecker.columnsRead(expression.source(), variables)
          .forEach(c -> uses.add(new Use(c, expression.location())));
    }
    return uses;
  }

  static List<ExpressionText> expressions(ObjectSpec object) {
    List<ExpressionText> all = new ArrayList<>();
    object.routes().stream().map(ObjectSpec.RouteSpec::when).filter(w -> w != null).forEach(all::add);
    object.rules().stream().map(ObjectSpec.RuleSpec::expect).forEach(all::add);
    for (FieldSpec field : object.fields()) {
      if (field.source() instanceof FieldSource.Expression e) {
        all.add(e.expression());
      }
    }
    return all;
  }
}
