/**
 * What cannot migrate, handed over instead: Actimo automations become a rebuild guide for the
 * Freshsales admin, survey answers are kept as a file; each reference the map names is written once.
 */
package dev.ferry.reference;
