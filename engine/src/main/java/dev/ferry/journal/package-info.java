/**
 * The journal: Ferry's history table, one MapDB file per migration project. It records every run, the
 * intent of each destination write before it is sent and its outcome after, the id map from source keys
 * to destination ids, and the before-images a rollback restores. A run that dies at any point leaves a
 * journal that says exactly what was done, what was in flight, and what to undo.
 */
package dev.ferry.journal;
