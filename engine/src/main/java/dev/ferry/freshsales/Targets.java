package dev.ferry.freshsales;

import java.util.Map;

/**
 * Where an entity's records are written. Leads go to the Lead module, or, in lifecycle-stage mode, to contacts
 * carrying the "Lead" lifecycle stage (looked up once, on first use).
 */
final class Targets {
  /** A module path and wrapper, and fields every write to it carries. */
  record Target(Entity module, Map<String, Object> impliedFields) {}

  private final LeadMode leadMode;
  private final AccountMetadata metadata;
  private volatile Long leadStage;

  Targets(LeadMode leadMode, AccountMetadata metadata) {
    this.leadMode = leadMode;
    this.metadata = metadata;
  }

  Target of(Entity entity) {
    if (entity != Entity.LEAD || leadMode == LeadMode.MODULE) {
      return new Target(entity, Map.of());
    }
    return new Target(Entity.CONTACT, Map.of("lifecycle_stage_id", leadStage()));
  }

  private long leadStage() {
    Long stage = leadStage;
    if (stage == null) {
      stage = metadata.leadLifecycleStage();
      leadStage = stage;
    }
    return stage;
  }
}
