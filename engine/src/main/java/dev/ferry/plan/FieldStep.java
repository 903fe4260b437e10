package dev.ferry.plan;

import dev.ferry.diagnostic.Location;
import java.util.Set;

/**
 * One destination field, compiled: where its value comes from, how the value is shaped on the way, and
 * which routes it is written for (all of the object's when empty).
 *
 * @param role why the field exists, for the printed plan: empty for ordinary fields
 */
public record FieldStep(
    String to, ValueSource source, ValueShape shape, Set<String> forRoutes, String role, Location location) {

  public FieldStep {
    forRoutes = Set.copyOf(forRoutes);
    role = role == null ? "" : role;
  }

  public boolean writesFor(String destination) {
    return forRoutes.isEmpty() || forRoutes.contains(destination);
  }
}
