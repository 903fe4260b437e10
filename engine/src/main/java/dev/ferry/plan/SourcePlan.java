package dev.ferry.plan;

import dev.ferry.coerce.DateOrder;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * How to read the source: the system, the export folder (resolved against the map's folder), the zone
 * its date-times are in, how to read ambiguous slash dates, and the other names admin-defined columns
 * go by in an export's header.
 */
public record SourcePlan(
    String system, Path export, ZoneId zone, DateOrder dateOrder, Map<String, List<String>> headerAliases) {

  public SourcePlan {
    headerAliases = Map.copyOf(headerAliases);
  }

  /** The same plan reading another export folder (--export on the command line). */
  public SourcePlan withExport(Path other) {
    return new SourcePlan(system, other, zone, dateOrder, headerAliases);
  }
}
