package dev.ferry.generate;

import java.util.List;
import java.util.Random;

/**
 * Seeded draws. Every row gets its own {@link Random} from (seed, stream, index), so a row is a pure
 * function of its number: rows can be written in order without remembering earlier ones, a duplicate can
 * recompute the row it copies, and "the same export a day later" changes only the rows it means to.
 * {@link Random}'s algorithm is fixed by its specification, so bundles are the same on every JVM.
 */
final class Draws {

  static final int PERSON = 1;
  static final int PLACEMENT = 2;
  static final int METRICS = 3;
  static final int METRICS_DAY_LATER = 4;
  static final int COMPANY = 5;
  static final int DIRT = 6;
  static final int SURVEY = 7;
  static final int PLAN = 8;
  static final int COMPANY_ROW = 9;
  static final int CHANGES = 10;
  static final int WORKFLOW = 11;

  private Draws() {}

  static Random random(long seed, int stream, long index) {
    return new Random(mix(mix(seed) + stream * 0x9E3779B97F4A7C15L + index));
  }

  /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  static boolean percent(Random random, int percent) {
    return random.nextInt(100) < percent;
  }

  static int between(Random random, int low, int highInclusive) {
    return low + random.nextInt(highInclusive - low + 1);
  }

  static long between(Random random, long low, long highInclusive) {
    return low + (long) (random.nextDouble() * (highInclusive - low + 1));
  }
}
