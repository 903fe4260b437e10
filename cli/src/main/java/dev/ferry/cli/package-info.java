/** The thin launcher: one picocli command per verb, each parses options, calls the engine and prints the result. */
package dev.ferry.cli;
