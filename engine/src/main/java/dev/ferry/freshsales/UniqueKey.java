package dev.ferry.freshsales;

import java.util.Objects;

/**
 * The field and value that identify one record, as upserts name it in {@code unique_identifier}: {@code emails}
 * for a contact's email, a custom field such as {@code cf_actimo_id}, or {@code name} for an account.
 */
public record UniqueKey(String field, String value) {

  public UniqueKey {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    if (field.isBlank() || value.isBlank()) {
      throw new IllegalArgumentException("a unique key needs a field and a value");
    }
  }

  public static UniqueKey email(String email) {
    return new UniqueKey("emails", email);
  }

  public static UniqueKey customField(String name, String value) {
    if (!name.startsWith("cf_")) {
      throw new IllegalArgumentException("Freshsales custom fields are named cf_..., got " + name);
    }
    return new UniqueKey(name, value);
  }

  /** The field name the lookup endpoint's {@code f} parameter takes for this key. */
  String lookupField() {
    return field.equals("emails") ? "email" : field;
  }

  @Override
  public String toString() {
    return field + "=" + value;
  }
}
