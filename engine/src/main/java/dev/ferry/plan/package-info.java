/**
 * The execution plan: a validated map compiled into immutable steps in the order they run, with the
 * hash that tells later runs whether the map has changed. The interpreter runs it; the printer shows it.
 */
package dev.ferry.plan;
