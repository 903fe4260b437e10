package dev.ferry.run;

import dev.ferry.freshsales.FieldInfo;
import dev.ferry.freshsales.Owner;
import dev.ferry.freshsales.Tag;
import dev.ferry.mapping.CustomFieldSpec;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.plan.ObjectPlan;
import dev.ferry.transform.IdLookup;
import dev.ferry.transform.OwnerDirectory;
import dev.ferry.transform.TransformContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run reads from the destination once, before any write: its users (owners), its tags, and the field
 * metadata of every module the plan writes, checked against the map's custom fields. A missing field stops
 * the run before it writes anything; Freshsales' API cannot create custom fields, so the message is the
 * admin's checklist.
 */
public final class Preflight {

  /** The destination facts a run transforms against. */
  public record Facts(Map<String, String> userIdsByEmail, Set<String> tags) {

    public TransformContext context(IdLookup ids, String fallbackOwner) {
      return new TransformContext(ids, OwnerDirectory.of(userIdsByEmail, fallbackOwner), tags);
    }
  }

  private Preflight() {}

  public static Facts facts(Destination destination) {
    Map<String, String> users = new LinkedHashMap<>();
    for (Owner owner : destination.owners()) {
      if (owner.email() != null) {
        users.put(owner.email(), Long.toString(owner.id()));
      }
    }
    Set<String> tags = new LinkedHashSet<>();
    for (Tag tag : destination.tags()) {
      tags.add(tag.name());
    }
    return new Facts(users, tags);
  }

  /** The plan's custom fields the destination lacks, module by module in plan order. */
  public static List<MissingField> missingFields(ExecutionPlan plan, Destination destination) {
    List<MissingField> missing = new ArrayList<>();
    for (String module : modules(plan)) {
      Set<String> present = new LinkedHashSet<>();
      for (FieldInfo field : destination.fields(Modules.entity(module))) {
        present.add(field.name());
      }
      for (CustomFieldSpec spec : plan.customFields()) {
        if (spec.objects().contains(module) && !present.contains(spec.name())) {
          missing.add(new MissingField(module, spec.name(), spec.label() == null ? spec.name() : spec.label(),
              freshsalesType(spec.type())));
        }
      }
    }
    return missing;
  }

  /** The modules the plan writes, in plan order. */
  static List<String> modules(ExecutionPlan plan) {
    Set<String> modules = new LinkedHashSet<>();
    for (ObjectPlan object : plan.objects()) {
      modules.addAll(object.destinations());
    }
    return List.copyOf(modules);
  }

  /** The map's field types in the names Freshsales' field settings use. */
  public static String freshsalesType(String mapType) {
    if (mapType == null) {
      return "text";
    }
    return switch (mapType) {
      case "paragraph" -> "textarea";
      case "multi_select" -> "multi_select_dropdown";
      default -> mapType;
    };
  }

}
