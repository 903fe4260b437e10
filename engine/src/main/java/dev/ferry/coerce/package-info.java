/** Turning the raw text of an export into typed values, with a clear message for every value that will not go. */
package dev.ferry.coerce;
