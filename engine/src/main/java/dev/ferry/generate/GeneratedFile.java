package dev.ferry.generate;

/** One file written: its name, its data rows (or items, for JSON), and its size in bytes. */
public record GeneratedFile(String name, long rows, long bytes) {}
