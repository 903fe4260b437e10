package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.mapping.MappingSpec;
import java.util.List;
import java.util.Map;

/** Runs every semantic rule over a bound map; each reports all it finds, so one run shows every problem. */
public final class SemanticChecker {

  private SemanticChecker() {}

  /** {@code tree} is the loaded tree the map was bound from: some rules need what binding cannot keep. */
  public static void check(MappingSpec map, Map<String, Object> tree, Diagnostics diagnostics) {
    MapFacts facts = new MapFacts(map);
    List<SemanticRule> rules = List.of(
        new SettingsRule(),
        new DefaultRule(),
        new ObjectRule(),
        new FieldShapeRule(tree),
        new ColumnRule(),
        new LookupRule(),
        new DuplicateWriteRule(),
        new CustomFieldRule(),
        new TypeClashRule(),
        new RouteRule(),
        new ExpressionRule());
    rules.forEach(rule -> rule.check(facts, diagnostics));
  }
}
