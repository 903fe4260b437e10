package dev.ferry.validate;

import dev.ferry.diagnostic.Diagnostics;

/** One family of checks a JSON Schema cannot express. Each rule reports every problem it finds. */
interface SemanticRule {

  void check(MapFacts facts, Diagnostics diagnostics);
}
