/**
 * Freshsales (Freshworks CRM) as a destination: its modules and standard fields, and the REST client:
 * destination operations as small types over one transport that paces requests to the account's rate
 * limit, retries only what is safe to repeat, and settles uncertain creates by lookup. Validation errors
 * come back as per-record outcomes; the API key never leaves the header.
 */
package dev.ferry.freshsales;
