/**
 * The interpreter: streams source records through a compiled plan, one record at a time, into
 * destination payloads in the shape the Freshsales API takes, or into rejections that say why.
 * Every record ends in exactly one of the two.
 */
package dev.ferry.transform;
