package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.mapping.ObjectSpec;
import dev.ferry.mapping.ObjectSpec.RouteSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every route can be taken: none follows a route that takes every record, none repeats an earlier
 * condition, none is written to be false. A last route with a condition leaves records unrouted,
 * which is allowed (they are rejected) but worth a warning.
 */
final class RouteRule implements SemanticRule {

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    for (ObjectSpec object : facts.map().objects()) {
      checkRoutes(object, diagnostics);
    }
  }

  private static void checkRoutes(ObjectSpec object, Diagnostics diagnostics) {
    List<RouteSpec> routes = object.routes();
    RouteSpec catchAll = null;
    Map<String, RouteSpec> conditions = new HashMap<>();
    for (RouteSpec route : routes) {
      if (catchAll != null) {
        diagnostics.error("route-unreachable", route.location(),
            "this route to " + route.to() + " can never match: the route at line " + catchAll.location().line()
                + " already takes every record left; move it above, or give that one a 'when'");
        continue;
      }
      if (route.when() == null || isLiterally(route, "true")) {
        catchAll = route;
        continue;
      }
      if (isLiterally(route, "false")) {
        diagnostics.error("route-unreachable", route.when().location(),
            "this route to " + route.to() + " can never match: its condition is always false");
        continue;
      }
      RouteSpec earlier = conditions.putIfAbsent(normalised(route), route);
      if (earlier != null) {
        diagnostics.error("route-unreachable", route.when().location(),
            "this route to " + route.to() + " can never match: the route at line " + earlier.location().line()
                + " has the same condition and comes first");
      }
    }
    if (!routes.isEmpty() && catchAll == null) {
      RouteSpec last = routes.get(routes.size() - 1);
      diagnostics.warning("route-no-default", last.location(),
          "no route takes the records that match none of the conditions; they will be rejected. "
              + "Add a last route without 'when' if they should go somewhere");
    }
  }

  private static boolean isLiterally(RouteSpec route, String literal) {
    return normalised(route).equals(literal);
  }

  private static String normalised(RouteSpec route) {
    String s = route.when().source().replaceAll("\\s+", "");
    while (s.startsWith("(") && s.endsWith(")")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}
