package dev.ferry.coerce;

/**
 * How to read a date written as {@code a/b/yyyy} when both {@code a} and {@code b} are 12 or less. A value
 * with a part above 12 reads one way only and is taken that way whatever the order says, because real
 * exports mix {@code dd/MM} and {@code MM/dd}.
 */
public enum DateOrder {
  DAY_FIRST,
  MONTH_FIRST,
  /** Nobody said: an ambiguous value is invalid rather than guessed. */
  UNSPECIFIED
}
