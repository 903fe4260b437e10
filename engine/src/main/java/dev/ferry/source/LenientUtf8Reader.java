package dev.ferry.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes UTF-8, and reads any byte that is not part of valid UTF-8 as Windows-1252. Danish exports saved
 * by Excel are one or the other; decoding byte by byte this way reads both right ({@code æøå} included)
 * without a first pass over the file, where plain replacement characters would lose the letters. The
 * reader counts what it had to fall back on, so the caller can warn.
 */
final class LenientUtf8Reader extends Reader {

  private static final char[] CP1252_80_9F = (
      "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD"
          + "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178")
      .toCharArray();

  private final InputStream in;
  private final byte[] bytes = new byte[16 * 1024];
  private int pos;
  private int limit;
  private boolean eof;
  private char pendingLowSurrogate;
  private long line = 1;
  private long fallbackBytes;
  private long firstFallbackLine;

  LenientUtf8Reader(InputStream in) {
    this.in = in;
  }

  /** How many bytes were read as Windows-1252 because they were not UTF-8. */
  long fallbackBytes() {
    return fallbackBytes;
  }

  /** The line (counted by {@code \n}) of the first such byte, or 0. */
  long firstFallbackLine() {
    return firstFallbackLine;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    if (pendingLowSurrogate != 0) {
      cbuf[off + n++] = pendingLowSurrogate;
      pendingLowSurrogate = 0;
    }
    while (n < len) {
      if (pos >= limit) {
        if (n > 0 || eof) {
          break;
        }
        fill(1);
        if (pos >= limit) {
          break;
        }
      }
      int b = bytes[pos] & 0xFF;
      if (b < 0x80) {
        pos++;
        if (b == '\n') {
          line++;
        }
        cbuf[off + n++] = (char) b;
        continue;
      }
      int codePoint = multiByte(b);
      if (codePoint < 0) {
        pos++;
        fallback();
        cbuf[off + n++] = b < 0xA0 ? CP1252_80_9F[b - 0x80] : (char) b;
      } else if (codePoint < 0x10000) {
        cbuf[off + n++] = (char) codePoint;
      } else {
        cbuf[off + n++] = Character.highSurrogate(codePoint);
        char low = Character.lowSurrogate(codePoint);
        if (n < len) {
          cbuf[off + n++] = low;
        } else {
          pendingLowSurrogate = low;
        }
      }
    }
    return n == 0 ? -1 : n;
  }

  private void fallback() {
    if (fallbackBytes++ == 0) {
      firstFallbackLine = line;
    }
  }

  /** The code point of the valid UTF-8 sequence at {@code pos} (and moves past it), or -1 leaving pos. */
  private int multiByte(int lead) throws IOException {
    int need;
    int codePoint;
    if (lead >= 0xC2 && lead <= 0xDF) {
      need = 1;
      codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      need = 2;
      codePoint = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      need = 3;
      codePoint = lead & 0x07;
    } else {
      return -1;
    }
    fill(need + 1);
    if (limit - pos < need + 1) {
      return -1;
    }
    for (int k = 1; k <= need; k++) {
      int c = bytes[pos + k] & 0xFF;
      if ((c & 0xC0) != 0x80 || (k == 1 && !secondByteAllowed(lead, c))) {
        return -1;
      }
      codePoint = (codePoint << 6) | (c & 0x3F);
    }
    pos += need + 1;
    return codePoint;
  }

  /** Overlong forms, surrogates and code points past U+10FFFF are not UTF-8. */
  private static boolean secondByteAllowed(int lead, int second) {
    return switch (lead) {
      case 0xE0 -> second >= 0xA0;
      case 0xED -> second <= 0x9F;
      case 0xF0 -> second >= 0x90;
      case 0xF4 -> second <= 0x8F;
      default -> true;
    };
  }

  /** Makes at least {@code wanted} bytes available from {@code pos}, unless the stream ends first. */
  private void fill(int wanted) throws IOException {
    if (limit - pos >= wanted || eof) {
      return;
    }
    System.arraycopy(bytes, pos, bytes, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < wanted && !eof) {
      int read = in.read(bytes, limit, bytes.length - limit);
      if (read < 0) {
        eof = true;
      } else {
        limit += read;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
