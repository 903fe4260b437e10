package dev.ferry.run;

import dev.ferry.freshsales.RemoteRecord;
import dev.ferry.freshsales.StandardFields;
import dev.ferry.plan.FieldStep;
import dev.ferry.plan.ObjectPlan;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields an object writes to one module, and a destination record cut down to them: the before-image a
 * rollback sends back. Only these fields, so a restore touches nothing the run did not; absent ones as
 * nulls, so a restore clears what the run added. Emails are kept in both forms the API answers with.
 */
final class WrittenFields {

  private final Set<String> topLevel = new LinkedHashSet<>();
  private final Set<String> custom = new LinkedHashSet<>();

  private WrittenFields() {}

  static WrittenFields of(ObjectPlan object, String module) {
    WrittenFields written = new WrittenFields();
    for (FieldStep field : object.fields()) {
      if (!field.writesFor(module)) {
        continue;
      }
      String to = field.to();
      if (StandardFields.isCustom(to)) {
        written.custom.add(to);
      } else {
        written.topLevel.add(to.split("\\.")[0]);
      }
    }
    if (written.topLevel.contains("email") || written.topLevel.contains("emails")) {
      written.topLevel.add("email");
      written.topLevel.add("emails");
    }
    return written;
  }

  Map<String, Object> imageOf(RemoteRecord record) {
    Map<String, Object> image = new LinkedHashMap<>();
    for (String field : topLevel) {
      Object value = record.fields().get(field);
      // Leads answer without an emails list; a null one would read as "remove every email".
      if (value != null || !field.equals("emails")) {
        image.put(field, value);
      }
    }
    if (!custom.isEmpty()) {
      Map<String, Object> values = new LinkedHashMap<>();
      Object stored = record.fields().get("custom_field");
      Map<?, ?> existing = stored instanceof Map<?, ?> map ? map : Map.of();
      for (String field : custom) {
        values.put(field, existing.get(field));
      }
      image.put("custom_field", values);
    }
    return image;
  }
}
