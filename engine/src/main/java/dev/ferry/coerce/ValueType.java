package dev.ferry.coerce;

/** The types a source value can be read as. */
public enum ValueType {
  TEXT,
  EMAIL,
  NUMBER,
  INTEGER,
  PERCENT,
  BOOLEAN,
  DATE,
  DATETIME,
  LIST,
  TAGS
}
