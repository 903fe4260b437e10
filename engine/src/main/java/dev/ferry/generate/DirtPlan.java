package dev.ferry.generate;

import java.util.Arrays;
import java.util.Random;

/** Which row gets which {@link Dirt}, as a function of the seed and the row's number only. */
final class DirtPlan {

  static final int BLOCK = 100;
  static final int CLEAN_LEAD = 10;

  private final long seed;
  private long cachedBlock = -1;
  private final Dirt[] dirt = new Dirt[BLOCK];
  private final int[] anchor = new int[BLOCK];

  DirtPlan(long seed) {
    this.seed = seed;
  }

  /** The dirt of row {@code index} (1-based), or null for a clean row. */
  Dirt dirtOf(long index) {
    load(index);
    return dirt[offset(index)];
  }

  /** The row a DUPLICATE_PERSON or SHARED_EMAIL row copies: one of its block's clean first ten. */
  long anchorOf(long index) {
    load(index);
    return index - offset(index) + anchor[offset(index)];
  }

  private static int offset(long index) {
    return (int) ((index - 1) % BLOCK);
  }

  private void load(long index) {
    long block = (index - 1) / BLOCK;
    if (block == cachedBlock) {
      return;
    }
    Random random = Draws.random(seed, Draws.PLAN, block);
    int[] places = new int[BLOCK - CLEAN_LEAD];
    for (int i = 0; i < places.length; i++) {
      places[i] = CLEAN_LEAD + i;
    }
    for (int i = places.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = places[i];
      places[i] = places[j];
      places[j] = swap;
    }
    Arrays.fill(dirt, null);
    Arrays.fill(anchor, 0);
    int next = 0;
    for (Dirt kind : Dirt.values()) {
      int count = kind.unreadable() ? (block % 10 == 0 ? 1 : 0) : kind.perBlock();
      for (int c = 0; c < count; c++) {
        int place = places[next++];
        dirt[place] = kind;
        // Duplicates and shared addresses copy different rows, so each email is shared by two rows only.
        if (kind == Dirt.DUPLICATE_PERSON) {
          anchor[place] = random.nextInt(5);
        } else if (kind == Dirt.SHARED_EMAIL) {
          anchor[place] = 5 + random.nextInt(5);
        }
      }
    }
    cachedBlock = block;
  }
}
