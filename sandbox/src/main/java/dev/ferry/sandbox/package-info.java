/** A local server that speaks the Freshsales REST API, for running Ferry and its tests without an account. */
package dev.ferry.sandbox;
