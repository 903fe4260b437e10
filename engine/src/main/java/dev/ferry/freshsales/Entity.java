package dev.ferry.freshsales;

/** The destination modules Ferry writes, named as the API's paths, body wrappers and note targets name them. */
public enum Entity {
  CONTACT("contacts", "contact", "Contact"),
  SALES_ACCOUNT("sales_accounts", "sales_account", "SalesAccount"),
  LEAD("leads", "lead", "Lead");

  private final String plural;
  private final String singular;
  private final String targetableType;

  Entity(String plural, String singular, String targetableType) {
    this.plural = plural;
    this.singular = singular;
    this.targetableType = targetableType;
  }

  /** The path segment, e.g. {@code sales_accounts}. */
  public String plural() {
    return plural;
  }

  /** The body wrapper key, e.g. {@code {"sales_account": {...}}}. */
  public String singular() {
    return singular;
  }

  /** How notes name the module in {@code targetable_type}. */
  public String targetableType() {
    return targetableType;
  }
}
