package dev.ferry.journal;

import java.time.Instant;

/**
 * One line of the audit log: something Ferry did, or learned, about one destination record.
 *
 * @param operation what was meant: {@code create}, {@code update}, {@code delete}, {@code restore}
 * @param outcome what happened: {@code intent} (recorded before the call), {@code created}, {@code updated},
 *     {@code failed}, {@code retry}, {@code deleted}, {@code restored}
 * @param detail the destination's message for a failure, or how an uncertain write was settled
 */
public record AuditEvent(long seq, Instant at, int run, String object, String key, String module, String operation,
    Long destinationId, String outcome, String detail) {}
