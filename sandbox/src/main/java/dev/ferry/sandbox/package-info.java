/**
 * A local server that speaks the Freshsales REST API (paths, bodies, status codes, auth, rate limits), with
 * persisted state and deterministic fault injection, so Ferry and its tests can run without a real account.
 */
package dev.ferry.sandbox;
