/**
 * The mapping language as typed, immutable records: what an analyst wrote, each element with the
 * location it was written at. {@link dev.ferry.mapping.MappingBinder} builds it from a schema-valid tree.
 */
package dev.ferry.mapping;
