package dev.ferry.mapping;

import dev.ferry.diagnostic.Location;

/** What to do when a source tag has the name of a tag the destination already has. */
public record TagPolicy(Collision onCollision, String prefix, Location location) {

  public static TagPolicy keep(Location location) {
    return new TagPolicy(Collision.KEEP, null, location);
  }

  /** Keep: the record joins the existing tag. Prefix: the source tag is renamed so the two stay apart. */
  public enum Collision {
    KEEP,
    PREFIX
  }
}
