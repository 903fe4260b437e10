package dev.ferry.mapping;

import dev.ferry.diagnostic.Location;
import java.util.function.IntFunction;

/**
 * The text of an expression and a way to locate any character in it within the map, so a problem in
 * the middle of a long {@code when} points at the offending token.
 */
public record ExpressionText(String source, Location location, IntFunction<Location> positionOf) {

  public Location at(int offset) {
    return positionOf.apply(offset);
  }

  @Override
  public String toString() {
    return source;
  }
}
