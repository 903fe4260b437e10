package dev.ferry.reference;

import java.nio.file.Path;

/** One reference written: what it was, where it went, and how many items (workflows, rows) it holds. */
public record ExportedReference(String name, Path file, long items, String what) {}
