package dev.ferry.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The reader pulls bytes as rows are asked for. The input here is endless and fails loudly past 256 KiB,
 * so a reader that slurped the file, or even read far ahead, would fail this test.
 */
class StreamingTest {

  private static final int LIMIT = 256 * 1024;

  /** A header, then numbered rows forever; throws once more than LIMIT bytes have been read. */
  private static final class EndlessExport extends InputStream {
    private byte[] chunk = "id;name;note\r\n".getBytes(StandardCharsets.UTF_8);
    private int pos;
    private long row;
    private long served;

    @Override
    public int read() throws IOException {
      if (pos == chunk.length) {
        row++;
        chunk = (row + ";Søren " + row + ";\"a; b\"\r\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      if (++served > LIMIT) {
        throw new IOException("read " + served + " bytes: the reader is not streaming");
      }
      return chunk[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      // Serve at most what was asked for, like a file does.
      int n = 0;
      while (n < len) {
        b[off + n++] = (byte) read();
      }
      return n;
    }
  }

  @Test
  void readsTheFirstRowsOfAnEndlessFile() {
    try (RecordStream stream = RecordStream.open("endless.csv", new EndlessExport(), HeaderAliases.none())) {
      for (long i = 1; i <= 1000; i++) {
        SourceRecord record = (SourceRecord) stream.next();
        assertEquals(Long.toString(i), record.get("id"));
        assertEquals("a; b", record.get("note"));
        assertEquals(i + 1, record.line());
      }
    }
  }
}
