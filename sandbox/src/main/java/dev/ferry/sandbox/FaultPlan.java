package dev.ferry.sandbox;

import java.util.Random;

/**
 * Decides, request by request, which configured fault strikes. One seeded random draw per API request keeps a
 * run reproducible as long as its requests arrive in the same order.
 */
final class FaultPlan {
  enum Fault { NONE, DROP, SERVER_ERROR, TOO_MANY_REQUESTS }

  private Faults faults;
  private Random random;
  private int successfulWrites;
  private int stallsLeft;
  private boolean crashed;

  FaultPlan(Faults faults) {
    replace(faults);
  }

  synchronized void replace(Faults newFaults) {
    this.faults = newFaults;
    this.random = new Random(newFaults.seed());
    this.stallsLeft = newFaults.stallWrites();
    this.successfulWrites = 0;
    this.crashed = false;
  }

  synchronized Faults current() {
    return faults;
  }

  synchronized boolean crashed() {
    return crashed;
  }

  synchronized Fault draw() {
    double r = random.nextDouble();
    if (r < faults.dropRate()) {
      return Fault.DROP;
    }
    if (r < faults.dropRate() + faults.serverErrorRate()) {
      return Fault.SERVER_ERROR;
    }
    if (r < faults.dropRate() + faults.serverErrorRate() + faults.tooManyRequestsRate()) {
      return Fault.TOO_MANY_REQUESTS;
    }
    return Fault.NONE;
  }

  /** Records a write the server applied; says whether its response is to be stalled and dropped. */
  synchronized boolean appliedWrite() {
    successfulWrites++;
    if (faults.crashAfterWrites() >= 0 && successfulWrites >= faults.crashAfterWrites()) {
      crashed = true;
    }
    if (stallsLeft > 0) {
      stallsLeft--;
      return true;
    }
    return false;
  }

  synchronized long latencyMillis() {
    return faults.latencyMillis();
  }

  synchronized long stallMillis() {
    return faults.stallMillis();
  }
}
