/** Writes deterministic, realistic Actimo export bundles, with the dirt real exports have, for tests, demos and benchmarks. */
package dev.ferry.generate;
