package dev.ferry.mapping;

import dev.ferry.diagnostic.Location;

/** Something that cannot migrate, the export file it is in, and the reference file Ferry writes for it. */
public record ReferenceSpec(String name, String description, String from, String to, Location location) {}
