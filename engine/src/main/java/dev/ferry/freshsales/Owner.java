package dev.ferry.freshsales;

/** A destination user who can own records ({@code GET /selector/owners}). */
public record Owner(long id, String email, String displayName, boolean active) {}
