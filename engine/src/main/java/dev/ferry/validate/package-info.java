/**
 * Stage two: decides whether a loaded map is one Ferry can run, without network access and without
 * running any of its expressions: the JSON Schema first, then the checks a schema cannot express.
 */
package dev.ferry.validate;
