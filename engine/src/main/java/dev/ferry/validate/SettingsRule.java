package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.mapping.MappingSpec;
import dev.ferry.mapping.ReferenceSpec;
import dev.ferry.mapping.TagPolicy;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** The map-wide settings hold together: a real time zone, a prefix when tags are prefixed, safe reference paths. */
final class SettingsRule implements SemanticRule {

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    MappingSpec map = facts.map();
    try {
      ZoneId.of(map.source().timezone());
    } catch (DateTimeException e) {
      diagnostics.error("source-timezone", map.source().timezoneLocation(),
          "'" + map.source().timezone() + "' is not a time zone; use an IANA name such as Europe/Copenhagen or UTC");
    }
    TagPolicy tags = map.tags();
    if (tags.onCollision() == TagPolicy.Collision.PREFIX && tags.prefix() == null) {
      diagnostics.error("tags-prefix-missing", tags.location(),
          "tags collide by 'prefix' but no 'prefix' is given; add one, e.g. prefix: \"actimo-\"");
    }
    if (tags.onCollision() == TagPolicy.Collision.KEEP && tags.prefix() != null) {
      diagnostics.warning("tags-prefix-unused", tags.location(),
          "a 'prefix' is given but colliding tags are kept as they are; set on_collision: prefix to use it");
    }
    Map<String, ReferenceSpec> names = new HashMap<>();
    for (ReferenceSpec reference : map.references()) {
      ReferenceSpec first = names.putIfAbsent(reference.name(), reference);
      if (first != null) {
        diagnostics.error("reference-duplicate", reference.location(),
            "reference '" + reference.name() + "' is already defined at line " + first.location().line());
      }
      if (!isInsideOutput(reference.to())) {
        diagnostics.error("reference-path", reference.location(),
            "reference '" + reference.name() + "' writes to '" + reference.to()
                + "', outside the run's output folder; use a relative path without '..'");
      }
    }
  }

  private static boolean isInsideOutput(String path) {
    try {
      Path p = Path.of(path).normalize();
      return !p.isAbsolute() && !p.startsWith("..");
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
