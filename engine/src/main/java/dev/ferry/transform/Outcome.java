package dev.ferry.transform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.source.ReadResult;
import dev.ferry.source.Rejection;
import dev.ferry.source.SourceRecord;
import java.time.Instant;
import java.util.List;

/** Where one source record ended: transformed into a destination record, or rejected with its reasons. */
public sealed interface Outcome {

  String objectId();

  /**
   * A record ready for the destination.
   *
   * @param body the record's fields in the API's shape, without the {@code {"contact": ...}} wrapper
   * @param updatedAt the source's last-update time, when the object tracks one (delta runs); else null
   * @param notes what a reviewer should know, e.g. that the fallback owner was used
   */
  record Transformed(String objectId, String key, String destination, ObjectNode body, SourceRecord record,
      Instant updatedAt, List<String> notes) implements Outcome {
    public Transformed {
      notes = List.copyOf(notes);
    }
  }

  /** A record that will not migrate, with every reason found; {@code key} is null when it could not be read. */
  record Rejected(String objectId, String key, ReadResult row, List<Rejection> reasons) implements Outcome {
    public Rejected {
      reasons = List.copyOf(reasons);
    }
  }
}
