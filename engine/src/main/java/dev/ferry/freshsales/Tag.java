package dev.ferry.freshsales;

/** A tag the account already has. */
public record Tag(long id, String name) {}
