package dev.ferry.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The record modules the sandbox stores, spelled the way the API's paths, wrappers and notes spell them. */
enum RecordKind {
  CONTACTS("contacts", "contact", "Contact", 101),
  SALES_ACCOUNTS("sales_accounts", "sales_account", "SalesAccount", 201),
  LEADS("leads", "lead", "Lead", 301);

  final String plural;
  final String singular;
  final String targetableType;
  /** The id of the one "All ..." view the sandbox offers for listing. */
  final long allView;

  RecordKind(String plural, String singular, String targetableType, long allView) {
    this.plural = plural;
    this.singular = singular;
    this.targetableType = targetableType;
    this.allView = allView;
  }

  static Optional<RecordKind> fromPath(String segment) {
    return Arrays.stream(values()).filter(k -> k.plural.equals(segment)).findFirst();
  }

  /** Accepts the singular form the lookup endpoint's {@code entities} parameter uses, or the plural. */
  static Optional<RecordKind> fromEntityName(String name) {
    return Arrays.stream(values()).filter(k -> k.singular.equals(name) || k.plural.equals(name)).findFirst();
  }

  static Optional<RecordKind> fromTargetable(String type) {
    return Arrays.stream(values()).filter(k -> k.targetableType.equalsIgnoreCase(type)).findFirst();
  }

  /** Bulk upsert and bulk destroy exist for contacts and sales accounts only. */
  boolean hasBulkEndpoints() {
    return this != LEADS;
  }

  String allViewName() {
    return switch (this) {
      case CONTACTS -> "All Contacts";
      case SALES_ACCOUNTS -> "All Accounts";
      case LEADS -> "All Leads";
    };
  }
}
