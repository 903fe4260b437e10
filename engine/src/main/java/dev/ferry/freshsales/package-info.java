/** Freshsales as a destination: its modules and fields, and the REST client that writes to it. */
package dev.ferry.freshsales;
