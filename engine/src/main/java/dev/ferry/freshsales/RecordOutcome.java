package dev.ferry.freshsales;

/** The outcome of one record of a batch, keyed by the unique identifier the caller journals it under. */
public record RecordOutcome(UniqueKey key, Outcome outcome) {}
