package dev.ferry.rollback;

import dev.ferry.journal.IdEntry;
import dev.ferry.journal.Operation;
import java.util.Map;

/**
 * What undoing the rolled-back runs means for one record: delete it (a run created it) or restore its
 * before-image (it existed before the first of them). {@code idAfter} is the id-map entry once undone, null
 * for none.
 */
record Step(String object, String key, String module, Operation.Kind kind, long destinationId,
    Map<String, Object> fields, IdEntry idAfter, String identifyField, String identifyValue) {}
