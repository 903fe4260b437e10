/**
 * Benchmarks run from the launcher ({@code ferry bench}): they measure what users wait for, on data the
 * generator makes, and print the figures with the machine they ran on. Never run as unit tests.
 */
package dev.ferry.bench;
