package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.diagnostic.Location;
import dev.ferry.mapping.MappingSpec;
import dev.ferry.mapping.ObjectSpec;
import dev.ferry.mapping.ReferenceSpec;
import dev.ferry.source.ExportBundle;
import dev.ferry.source.HeaderAliases;
import dev.ferry.source.SourceException;
import dev.ferry.source.SourceHeader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a real export against a map before anything runs: every file the map reads is there, and
 * every column the map reads (directly or in an expression) is in that file's header. Reads headers
 * only, so it is quick on exports of any size.
 */
public final class ExportChecker {

  private ExportChecker() {}

  private static boolean exists(ExportBundle bundle, String file) {
    try {
      bundle.file(file);
      return true;
    } catch (SourceException e) {
      return false;
    }
  }

  public static void check(MappingSpec map, Path exportDir, Diagnostics diagnostics) {
    Location mapStart = map.location();
    ExportBundle bundle;
    try {
      bundle = ExportBundle.open(exportDir);
    } catch (SourceException e) {
      diagnostics.error("export-unreadable", mapStart, e.getMessage());
      return;
    }
    for (ReferenceSpec reference : map.references()) {
      // A warning: the records can move without it, and `ferry references` can export it later.
      if (!exists(bundle, reference.from())) {
        diagnostics.warning("export-missing-reference", reference.location(),
            "reference '" + reference.name() + "' reads " + reference.from() + ", which " + exportDir
                + " does not have; the run goes on, but it cannot hand this reference over");
      }
    }
    HeaderAliases aliases = HeaderAliases.of(map.source().headerAliases());
    MapFacts facts = new MapFacts(map);
    for (ObjectSpec object : map.objects()) {
      if (!bundle.has(object.from())) {
        diagnostics.error("export-missing-file", object.location(),
            "object '" + object.id() + "' reads " + object.from() + ".csv, which " + exportDir + " does not have");
        continue;
      }
      SourceHeader header;
      try {
        header = bundle.header(object.from(), aliases);
      } catch (SourceException e) {
        diagnostics.error("export-unreadable", object.location(), e.getMessage());
        continue;
      }
      Set<String> reported = new HashSet<>();
      for (ColumnUses.Use use : ColumnUses.all(object, facts.columnNames(object))) {
        if (!header.has(use.column()) && reported.add(use.column() + "@" + use.location())) {
          diagnostics.error("export-missing-column", use.location(),
              header.file() + " in " + exportDir + " has no column '" + use.column()
                  + "' (it has: " + String.join(", ", header.columns()) + ")");
        }
      }
    }
  }
}
