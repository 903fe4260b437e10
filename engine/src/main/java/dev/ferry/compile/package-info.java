/**
 * Stage three: turns a validated map into an {@link dev.ferry.plan.ExecutionPlan}: objects ordered by
 * their lookups, every expression checked by the sandbox again and compiled once, every default coerced.
 */
package dev.ferry.compile;
