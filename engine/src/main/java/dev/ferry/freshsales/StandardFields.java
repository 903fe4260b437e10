package dev.ferry.freshsales;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standard (non-custom) fields of Freshsales' modules that a map may write, with the kind of value
 * each takes. Validation uses it to catch misspelt field names and type clashes before any request.
 */
public final class StandardFields {

  /** What a destination field accepts. */
  public enum Kind {
    TEXT,
    EMAIL,
    NUMBER,
    INTEGER,
    /** A dropdown's numeric id, e.g. industry_type_id: a value map usually produces it. */
    CHOICE_ID,
    BOOLEAN,
    DATE,
    DATETIME,
    TAGS,
    OWNER,
    /** A list of linked records, e.g. a contact's sales_accounts: [{id, is_primary}]. */
    LINKS,
    /** The id of one linked record, e.g. parent_sales_account_id. */
    LINK_ID,
    /** A nested object, e.g. a lead's company: {name: ...}. */
    OBJECT
  }

  private static final Map<String, Kind> PERSON = Map.ofEntries(
      Map.entry("first_name", Kind.TEXT),
      Map.entry("last_name", Kind.TEXT),
      Map.entry("display_name", Kind.TEXT),
      Map.entry("email", Kind.EMAIL),
      Map.entry("job_title", Kind.TEXT),
      Map.entry("mobile_number", Kind.TEXT),
      Map.entry("work_number", Kind.TEXT),
      Map.entry("address", Kind.TEXT),
      Map.entry("city", Kind.TEXT),
      Map.entry("state", Kind.TEXT),
      Map.entry("zipcode", Kind.TEXT),
      Map.entry("country", Kind.TEXT),
      Map.entry("time_zone", Kind.TEXT),
      Map.entry("medium", Kind.TEXT),
      Map.entry("keyword", Kind.TEXT),
      Map.entry("facebook", Kind.TEXT),
      Map.entry("twitter", Kind.TEXT),
      Map.entry("linkedin", Kind.TEXT),
      Map.entry("owner_id", Kind.OWNER),
      Map.entry("tags", Kind.TAGS),
      Map.entry("lead_source_id", Kind.CHOICE_ID),
      Map.entry("campaign_id", Kind.CHOICE_ID),
      Map.entry("territory_id", Kind.CHOICE_ID),
      Map.entry("subscription_status", Kind.CHOICE_ID),
      Map.entry("do_not_disturb", Kind.BOOLEAN));

  private static final Map<String, Map<String, Kind>> MODULES = Map.of(
      "contact", with(PERSON, Map.of(
          "sales_accounts", Kind.LINKS,
          "sales_account_id", Kind.LINK_ID,
          "contact_status_id", Kind.CHOICE_ID,
          "lifecycle_stage_id", Kind.CHOICE_ID)),
      "lead", with(PERSON, Map.of(
          "company", Kind.OBJECT,
          "lead_stage_id", Kind.CHOICE_ID,
          "lead_reason_id", Kind.CHOICE_ID)),
      "sales_account", Map.ofEntries(
          Map.entry("name", Kind.TEXT),
          Map.entry("address", Kind.TEXT),
          Map.entry("city", Kind.TEXT),
          Map.entry("state", Kind.TEXT),
          Map.entry("zipcode", Kind.TEXT),
          Map.entry("country", Kind.TEXT),
          Map.entry("phone", Kind.TEXT),
          Map.entry("website", Kind.TEXT),
          Map.entry("facebook", Kind.TEXT),
          Map.entry("twitter", Kind.TEXT),
          Map.entry("linkedin", Kind.TEXT),
          Map.entry("industry_type_id", Kind.CHOICE_ID),
          Map.entry("business_type_id", Kind.CHOICE_ID),
          Map.entry("territory_id", Kind.CHOICE_ID),
          Map.entry("number_of_employees", Kind.INTEGER),
          Map.entry("annual_revenue", Kind.NUMBER),
          Map.entry("parent_sales_account_id", Kind.LINK_ID),
          Map.entry("owner_id", Kind.OWNER),
          Map.entry("tags", Kind.TAGS)),
      "deal", Map.ofEntries(
          Map.entry("name", Kind.TEXT),
          Map.entry("amount", Kind.NUMBER),
          Map.entry("expected_close", Kind.DATE),
          Map.entry("deal_stage_id", Kind.CHOICE_ID),
          Map.entry("deal_pipeline_id", Kind.CHOICE_ID),
          Map.entry("sales_account_id", Kind.LINK_ID),
          Map.entry("contacts_added_list", Kind.LINKS),
          Map.entry("owner_id", Kind.OWNER),
          Map.entry("tags", Kind.TAGS)));

  private StandardFields() {}

  private static Map<String, Kind> with(Map<String, Kind> base, Map<String, Kind> extra) {
    java.util.Map<String, Kind> all = new java.util.HashMap<>(base);
    all.putAll(extra);
    return Map.copyOf(all);
  }

  /** The kind of {@code field} on {@code module}; empty when the module has no such standard field. */
  public static Optional<Kind> kind(String module, String field) {
    String top = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
    return Optional.ofNullable(MODULES.getOrDefault(module, Map.of()).get(top));
  }

  public static Set<String> names(String module) {
    return MODULES.getOrDefault(module, Map.of()).keySet();
  }

  public static boolean isCustom(String field) {
    return field.startsWith("cf_");
  }
}
