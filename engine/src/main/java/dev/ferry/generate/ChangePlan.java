package dev.ferry.generate;

import java.math.BigInteger;

/**
 * Which employees changed between an export and the same export a day later. A seeded walk
 * {@code k -> (k * stride + offset) mod n} visits every row once; the first {@code changed} clean rows it
 * visits are the changed ones. Membership is computed backwards from the row number, so nothing is stored.
 */
final class ChangePlan {

  private final long employees;
  private final DirtPlan dirt;
  private final long stride;
  private final long inverse;
  private final long offset;
  /** Walk positions below this that land on a clean row are changed. */
  private final long limit;

  ChangePlan(long seed, long employees, long changed, DirtPlan dirt) {
    this.employees = employees;
    this.dirt = dirt;
    long step = Math.max(1, (long) (employees * 0.6180339887));
    while (BigInteger.valueOf(step).gcd(BigInteger.valueOf(employees)).longValue() != 1) {
      step++;
    }
    this.stride = step % employees;
    this.inverse = employees == 1 ? 0 : BigInteger.valueOf(step).modInverse(BigInteger.valueOf(employees)).longValue();
    this.offset = Math.floorMod(Draws.random(seed, Draws.CHANGES, 0).nextLong(), employees);
    long found = 0;
    long k = 0;
    while (found < changed && k < employees) {
      if (dirt.dirtOf(at(k)) == null) {
        found++;
      }
      k++;
    }
    if (found < changed) {
      throw new IllegalArgumentException("only " + found + " of " + employees + " employees are clean enough to change, not "
          + changed);
    }
    this.limit = changed == 0 ? 0 : k;
  }

  boolean changed(long index) {
    if (limit == 0 || index > employees) {
      return false;
    }
    long k = mulMod(Math.floorMod(index - 1 - offset, employees), inverse, employees);
    return k < limit && dirt.dirtOf(index) == null;
  }

  private long at(long k) {
    return 1 + Math.floorMod(mulMod(k, stride, employees) + offset, employees);
  }

  private static long mulMod(long a, long b, long m) {
    if (a < 3_037_000_499L && b < 3_037_000_499L) {
      return a * b % m;
    }
    return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(BigInteger.valueOf(m)).longValue();
  }
}
