package dev.ferry.source;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole small text for tests. */
final class Rows {

  private Rows() {}

  static RecordStream stream(String text, HeaderAliases aliases) {
    return stream(text.getBytes(StandardCharsets.UTF_8), aliases);
  }

  static RecordStream stream(byte[] bytes, HeaderAliases aliases) {
    return RecordStream.open("test.csv", new ByteArrayInputStream(bytes), aliases);
  }

  static List<ReadResult> all(String text) {
    return all(stream(text, HeaderAliases.none()));
  }

  static List<ReadResult> all(RecordStream stream) {
    List<ReadResult> results = new ArrayList<>();
    try (stream) {
      stream.forEachRemaining(results::add);
    }
    return results;
  }

  static SourceRecord record(ReadResult result) {
    if (result instanceof SourceRecord record) {
      return record;
    }
    throw new AssertionError("expected a record, got " + result);
  }

  static UnreadableRow unreadable(ReadResult result) {
    if (result instanceof UnreadableRow row) {
      return row;
    }
    throw new AssertionError("expected an unreadable row, got " + result);
  }
}
