/**
 * Problems found in a map or an export, as values that carry their file, line, column and JSON pointer,
 * and the renderers that print them once for people, for GitHub annotations and for machines.
 */
package dev.ferry.diagnostic;
