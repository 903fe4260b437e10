package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The built-in fields each module's field metadata lists before the account's custom fields. They are fixed by
 * the product, not by the account, so they live here rather than in the seed.
 */
final class StandardFields {
  private record Field(String name, String label, String type, boolean required) {}

  private static final List<Field> CONTACTS = List.of(
      new Field("first_name", "First name", "text", false),
      new Field("last_name", "Last name", "text", false),
      new Field("emails", "Emails", "email", false),
      new Field("mobile_number", "Mobile", "text", false),
      new Field("work_number", "Work", "text", false),
      new Field("job_title", "Job title", "text", false),
      new Field("owner_id", "Sales owner", "dropdown", false),
      new Field("sales_accounts", "Accounts", "auto_complete", false),
      new Field("lifecycle_stage_id", "Lifecycle stage", "dropdown", false),
      new Field("tags", "Tags", "multi_select_dropdown", false),
      new Field("city", "City", "text", false),
      new Field("country", "Country", "text", false));

  private static final List<Field> SALES_ACCOUNTS = List.of(
      new Field("name", "Name", "text", true),
      new Field("website", "Website", "text", false),
      new Field("phone", "Phone", "text", false),
      new Field("owner_id", "Sales owner", "dropdown", false),
      new Field("tags", "Tags", "multi_select_dropdown", false),
      new Field("city", "City", "text", false),
      new Field("country", "Country", "text", false));

  private static final List<Field> LEADS = List.of(
      new Field("first_name", "First name", "text", false),
      new Field("last_name", "Last name", "text", false),
      new Field("email", "Email", "email", false),
      new Field("mobile_number", "Mobile", "text", false),
      new Field("job_title", "Job title", "text", false),
      new Field("company", "Company", "auto_complete", false),
      new Field("owner_id", "Sales owner", "dropdown", false),
      new Field("tags", "Tags", "multi_select_dropdown", false));

  private StandardFields() {}

  /** Standard then custom fields, in the metadata endpoint's shape. Ids are stable per position. */
  static ArrayNode metadata(RecordKind kind, ArrayNode customFields) {
    ArrayNode list = Json.array();
    List<Field> standard = switch (kind) {
      case CONTACTS -> CONTACTS;
      case SALES_ACCOUNTS -> SALES_ACCOUNTS;
      case LEADS -> LEADS;
    };
    long base = (kind.ordinal() + 1) * 10_000L;
    for (int i = 0; i < standard.size(); i++) {
      Field f = standard.get(i);
      ObjectNode node = list.addObject();
      node.put("id", base + i).put("name", f.name()).put("label", f.label()).put("type", f.type())
          .put("required", f.required()).put("default", true).put("position", i + 1);
      node.putArray("choices");
    }
    int position = standard.size();
    for (var custom : customFields) {
      ObjectNode node = ((ObjectNode) custom.deepCopy());
      node.put("default", false);
      if (!node.has("required")) {
        node.put("required", false);
      }
      if (!node.has("position")) {
        node.put("position", ++position);
      }
      if (!node.has("choices")) {
        node.putArray("choices");
      }
      list.add(node);
    }
    return list;
  }
}
