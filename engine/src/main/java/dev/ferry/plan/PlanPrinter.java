package dev.ferry.plan;

import dev.ferry.coerce.ValueType;
import dev.ferry.mapping.CustomFieldSpec;
import dev.ferry.mapping.FieldSpec.Unmapped;
import dev.ferry.mapping.OwnerPolicy;
import dev.ferry.mapping.ReferenceSpec;
import dev.ferry.mapping.TagPolicy;
import dev.ferry.plan.ObjectPlan.RoutePlan;
import dev.ferry.plan.ObjectPlan.RulePlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a plan the way a reviewer wants to read it in a pull request: run order first, then each
 * object's destination fields with where each value comes from, its routes and rules, then what the
 * destination must have and who owns what. Deterministic, so its output can be an approved file.
 */
public final class PlanPrinter {

  private PlanPrinter() {}

  /** @param relativeTo paths in the output are shown relative to this folder, so the text is machine-independent */
  public static String print(ExecutionPlan plan, Path relativeTo) {
    StringBuilder out = new StringBuilder();
    out.append("Plan ").append(plan.name()).append('\n');
    out.append("  hash    ").append(plan.hash()).append('\n');
    out.append("  source  ").append(plan.source().system()).append(" export in ")
        .append(display(plan.source().export(), relativeTo))
        .append("; date-times in ").append(plan.source().zone())
        .append("; ambiguous dates read ").append(words(plan.source().dateOrder().name())).append('\n');
    out.append("  target  ").append(plan.targetSystem()).append("; leads kept as ")
        .append(plan.leadMode().name().equals("MODULE") ? "the Leads module" : "contacts with a lifecycle stage")
        .append('\n');
    out.append('\n').append("Run order\n");
    for (int i = 0; i < plan.objects().size(); i++) {
      ObjectPlan object = plan.objects().get(i);
      out.append("  ").append(i + 1).append(". ").append(object.id()).append(": ")
          .append(object.sourceObject()).append(" -> ").append(String.join(" | ", object.destinations()));
      if (!object.dependsOn().isEmpty()) {
        out.append("  (after ").append(String.join(", ", object.dependsOn().stream().sorted().toList())).append(')');
      }
      out.append('\n');
    }
    for (int i = 0; i < plan.objects().size(); i++) {
      printObject(out, i + 1, plan.objects().get(i));
    }
    printCustomFields(out, plan.customFields());
    printOwners(out, plan.owners());
    printTags(out, plan.tags());
    printReferences(out, plan.references());
    return out.toString();
  }

  private static void printObject(StringBuilder out, int number, ObjectPlan object) {
    out.append('\n').append(number).append(". ").append(object.id()).append(" (map line ")
        .append(object.location().line()).append(")\n");
    if (object.description() != null) {
      out.append("   ").append(object.description().trim()).append('\n');
    }
    out.append("   reads   ").append(object.sourceObject()).append(", one record per ").append(object.key()).append('\n');
    if (object.identifyBy() != null) {
      out.append("   finds   its Freshsales records again by ").append(object.identifyBy()).append('\n');
    }
    if (!object.unique().isEmpty()) {
      out.append("   unique  ").append(object.unique().stream().map(k -> String.join(" + ", k))
          .collect(Collectors.joining(", "))).append(" (later duplicates are rejected)\n");
    }
    if (object.updatedColumn() != null) {
      out.append("   changes tracked by ").append(object.updatedColumn()).append(" (delta runs)\n");
    }
    out.append("   routes\n");
    for (int r = 0; r < object.routes().size(); r++) {
      RoutePlan route = object.routes().get(r);
      out.append("     ").append(r + 1).append(". ").append(route.destination());
      out.append(route.when() == null ? (object.routes().size() == 1 ? "  every record" : "  otherwise")
          : "  when " + route.when().source());
      out.append('\n');
    }
    if (!object.rules().isEmpty()) {
      out.append("   rules\n");
      for (RulePlan rule : object.rules()) {
        out.append("     - expect ").append(rule.expect().source()).append("  else reject: ")
            .append(rule.message()).append('\n');
      }
    }
    out.append("   fields\n");
    int width = object.fields().stream().mapToInt(f -> f.to().length()).max().orElse(0);
    for (FieldStep field : object.fields()) {
      out.append("     ").append(pad(field.to(), width)).append(" <- ").append(describe(field)).append('\n');
    }
  }

  private static String describe(FieldStep field) {
    StringBuilder d = new StringBuilder(source(field.source(), field.shape()));
    ValueShape shape = field.shape();
    if (shape.mapsValues()) {
      d.append(" mapped ").append(shape.values().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
      d.append("; others ").append(unmapped(shape));
    }
    if (shape.defaultValue() != null && !(shape.mapsValues() && shape.unmapped() == Unmapped.DEFAULT)) {
      d.append(", default ").append(shape.defaultValue());
    }
    if (shape.required()) {
      d.append(", required");
    }
    if (!field.forRoutes().isEmpty()) {
      d.append(", only for ").append(String.join(", ", field.forRoutes().stream().sorted().toList()));
    }
    if (!field.role().isEmpty()) {
      d.append("  [").append(field.role()).append(']');
    }
    return d.toString();
  }

  private static String source(ValueSource source, ValueShape shape) {
    String type = typeName(shape.type()) + (shape.separator() != null ? " split on '" + shape.separator() + "'" : "");
    if (source instanceof ValueSource.Column c) {
      return c.column() + (shape.mapsValues() ? "" : " (" + type + ")");
    }
    if (source instanceof ValueSource.Constant c) {
      return "constant " + c.value();
    }
    if (source instanceof ValueSource.Concat c) {
      return "join of " + String.join(", ", c.columns()) + " with '" + c.separator() + "'";
    }
    if (source instanceof ValueSource.Expression e) {
      return "expression " + e.expression().source() + " (" + type + ")";
    }
    if (source instanceof ValueSource.Lookup l) {
      return "id of " + l.object() + " record keyed by " + l.column()
          + (l.asPrimaryLink() ? ", as primary link" : "")
          + (l.rejectWhenMissing() ? "; reject if not migrated" : "; blank if not migrated");
    }
    ValueSource.Owner owner = (ValueSource.Owner) source;
    return owner.column() == null ? "fallback owner" : "owner matched by email in " + owner.column();
  }

  private static String unmapped(ValueShape shape) {
    return switch (shape.unmapped()) {
      case REJECT -> "rejected";
      case KEEP -> "kept as they are";
      case DEFAULT -> "-> " + shape.defaultValue();
      case BLANK -> "left blank";
    };
  }

  private static void printCustomFields(StringBuilder out, List<CustomFieldSpec> fields) {
    out.append('\n').append("Custom fields the destination must have (").append(fields.size()).append(")\n");
    int width = fields.stream().mapToInt(f -> f.name().length()).max().orElse(0);
    for (CustomFieldSpec field : fields) {
      out.append("  ").append(pad(field.name(), width)).append("  ").append(pad(field.type(), 9))
          .append(" on ").append(String.join(", ", field.objects())).append("  \"").append(field.label()).append("\"\n");
    }
  }

  private static void printOwners(StringBuilder out, OwnerPolicy owners) {
    out.append('\n').append("Owners\n  matched by ").append(owners.match())
        .append(" against destination users; blank owners go to ").append(owners.fallback())
        .append("; unmatched owners ")
        .append(owners.unmatched() == OwnerPolicy.Unmatched.FALLBACK ? "go to the fallback owner" : "block the record")
        .append('\n');
  }

  private static void printTags(StringBuilder out, TagPolicy tags) {
    out.append('\n').append("Tags\n  a source tag named like an existing destination tag is ")
        .append(tags.onCollision() == TagPolicy.Collision.KEEP ? "merged into it"
            : "renamed with the prefix '" + tags.prefix() + "'")
        .append('\n');
  }

  private static void printReferences(StringBuilder out, List<ReferenceSpec> references) {
    if (references.isEmpty()) {
      return;
    }
    out.append('\n').append("Exported as rebuild references (cannot migrate)\n");
    for (ReferenceSpec reference : references) {
      out.append("  ").append(reference.name()).append(": ").append(reference.from()).append(" -> ")
          .append(reference.to()).append('\n');
    }
  }

  private static String typeName(ValueType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String display(Path path, Path relativeTo) {
    try {
      return relativeTo.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString();
    } catch (IllegalArgumentException e) {
      return path.toString();
    }
  }
}
