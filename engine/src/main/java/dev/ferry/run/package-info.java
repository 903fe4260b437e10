/**
 * The run: moves transformed records into the destination through the journal, so a run that dies at any
 * point resumes without losing or duplicating a record. Each batch's intents are committed before it is
 * sent and its outcomes after; what was in flight is settled by looking it up, never by sending it blind.
 */
package dev.ferry.run;
