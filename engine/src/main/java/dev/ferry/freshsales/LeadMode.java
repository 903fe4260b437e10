package dev.ferry.freshsales;

/**
 * Where leads go. Accounts on the Freshsales Classic plans have a Lead module ({@code /leads}); accounts on the
 * current suite track leads as contacts in the lifecycle stage named "Lead".
 */
public enum LeadMode {
  MODULE,
  LIFECYCLE_STAGE
}
