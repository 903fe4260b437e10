/** Reading source exports: the layout each source system's export has, and the readers that stream it. */
package dev.ferry.source;
