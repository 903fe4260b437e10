package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.diagnostic.Location;
import dev.ferry.mapping.FieldSpec;
import dev.ferry.mapping.ObjectSpec;
import java.util.HashMap;
import java.util.Map;

/** Each object has a unique id, exactly one way to pick its destination, and writes the field it is identified by. */
final class ObjectRule implements SemanticRule {

  @Override
  public void check(MapFacts facts, Diagnostics diagnostics) {
    Map<String, Location> ids = new HashMap<>();
    for (ObjectSpec object : facts.map().objects()) {
      Location first = ids.putIfAbsent(object.id(), object.location());
      if (first != null) {
        diagnostics.error("object-duplicate-id", object.location(),
            "object id '" + object.id() + "' is already used at line " + first.line()
                + "; give each object its own id");
      }
      if (object.to() == null && object.routes().isEmpty()) {
        diagnostics.error("object-no-destination", object.location(),
            "object '" + object.id() + "' says neither 'to' nor 'routes'; name the destination module");
      }
      if (object.to() != null && !object.routes().isEmpty()) {
        diagnostics.error("object-two-destinations", object.location(),
            "object '" + object.id() + "' has both 'to' and 'routes'; keep 'to' for one module, or 'routes' to split");
      }
      if (object.identifyBy() != null && !writes(object, object.identifyBy())) {
        diagnostics.error("identify-by-not-written", object.location(),
            "object '" + object.id() + "' is identified by '" + object.identifyBy()
                + "' but no field writes it; add a field that copies the source key into it");
      }
    }
  }

  private static boolean writes(ObjectSpec object, String field) {
    return object.fields().stream().map(FieldSpec::to).anyMatch(field::equals);
  }
}
