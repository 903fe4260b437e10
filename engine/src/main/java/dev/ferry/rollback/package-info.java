/**
 * Undoing runs from the journal alone: what a run created is deleted, what it updated gets its
 * before-image back, objects in reverse run order (contacts and leads before the accounts they point to).
 * A rollback is itself a journaled run, so an interrupted one resumes.
 */
package dev.ferry.rollback;
