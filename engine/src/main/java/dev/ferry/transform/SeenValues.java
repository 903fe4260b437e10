package dev.ferry.transform;

import java.util.Arrays;

/**
 * Remembers which values were seen, and on which source line, in about 16 bytes per value: values are
 * kept as 64-bit hashes, not strings, so checking a million emails for duplicates costs ~32 MB at most
 * rather than hundreds. Two different values sharing a 64-bit hash is possible in principle; at a
 * million values the chance is about one in 10^7, and such a record would be reported as a duplicate
 * naming the other line, where a person can see it is not.
 */
final class SeenValues {

  private static final long EMPTY = 0L;
  private long[] hashes = new long[1024];
  private long[] lines = new long[1024];
  private int size;

  /** Records {@code value} at {@code line}; returns the line it was first seen at, or -1 when it is new. */
  long addIfAbsent(String value, long line) {
    long hash = hash(value);
    int mask = hashes.length - 1;
    for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (hashes[i] == EMPTY) {
        hashes[i] = hash;
        lines[i] = line;
        if (++size * 2 > hashes.length) {
          grow();
        }
        return -1;
      }
      if (hashes[i] == hash) {
        return lines[i];
      }
    }
  }

  /** The line {@code value} was seen at, or -1. */
  long lineOf(String value) {
    long hash = hash(value);
    int mask = hashes.length - 1;
    for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (hashes[i] == EMPTY) {
        return -1;
      }
      if (hashes[i] == hash) {
        return lines[i];
      }
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldHashes = hashes;
    long[] oldLines = lines;
    hashes = new long[oldHashes.length * 2];
    lines = new long[oldHashes.length * 2];
    size = 0;
    int mask = hashes.length - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      long hash = oldHashes[j];
      if (hash == EMPTY) {
        continue;
      }
      int i = (int) (hash ^ (hash >>> 32)) & mask;
      while (hashes[i] != EMPTY) {
        i = (i + 1) & mask;
      }
      hashes[i] = hash;
      lines[i] = oldLines[j];
      size++;
    }
  }

  /** FNV-1a over the UTF-16 code units, then a murmur finaliser to spread the bits; never 0 (the empty slot). */
  static long hash(String value) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < value.length(); i++) {
      h ^= value.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe1a85ec5L;
    h ^= h >>> 33;
    return h == EMPTY ? 1L : h;
  }

  @Override
  public String toString() {
    return "SeenValues[" + size + " of " + Arrays.stream(hashes).count() + " slots]";
  }
}
