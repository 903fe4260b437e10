/**
 * Stage one: reads a mapping file into a plain tree of maps, lists and scalars, remembering where every
 * node sits (line, column, JSON pointer) so that every later stage can point at the analyst's text.
 */
package dev.ferry.load;
