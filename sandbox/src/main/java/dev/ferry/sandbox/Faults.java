package dev.ferry.sandbox;

/**
 * Faults the sandbox injects so tests can prove the client survives them. Rates are fractions of API requests
 * in [0, 1], drawn from one random sequence seeded by {@code seed}, so a run with the same requests in the same
 * order meets the same faults.
 *
 * @param serverErrorRate share of requests answered 500 before they are applied
 * @param tooManyRequestsRate share of requests answered 429 (with Retry-After) before they are applied
 * @param dropRate share of requests whose connection is closed without any response, before they are applied
 * @param latencyMillis delay added before every API response
 * @param crashAfterWrites after this many successful write requests the server stops answering the API
 *     (state up to then is persisted); negative means never
 * @param stallWrites the next this-many write requests are applied and then held for {@code stallMillis} and
 *     dropped, which a client sees as a timeout after the server applied its write
 * @param stallMillis how long a stalled write is held before its connection is dropped
 * @param seed seed of the random sequence the rates draw from
 */
public record Faults(
    double serverErrorRate,
    double tooManyRequestsRate,
    double dropRate,
    long latencyMillis,
    int crashAfterWrites,
    int stallWrites,
    long stallMillis,
    long seed) {

  public Faults {
    requireRate("serverErrorRate", serverErrorRate);
    requireRate("tooManyRequestsRate", tooManyRequestsRate);
    requireRate("dropRate", dropRate);
    if (serverErrorRate + tooManyRequestsRate + dropRate > 1.0) {
      throw new IllegalArgumentException("fault rates add up to more than 1");
    }
    if (latencyMillis < 0 || stallMillis < 0 || stallWrites < 0) {
      throw new IllegalArgumentException("latency, stall count and stall time cannot be negative");
    }
  }

  public static Faults none() {
    return new Faults(0, 0, 0, 0, -1, 0, 0, 1L);
  }

  public Faults withServerErrorRate(double rate) {
    return new Faults(rate, tooManyRequestsRate, dropRate, latencyMillis, crashAfterWrites, stallWrites, stallMillis, seed);
  }

  public Faults withTooManyRequestsRate(double rate) {
    return new Faults(serverErrorRate, rate, dropRate, latencyMillis, crashAfterWrites, stallWrites, stallMillis, seed);
  }

  public Faults withDropRate(double rate) {
    return new Faults(serverErrorRate, tooManyRequestsRate, rate, latencyMillis, crashAfterWrites, stallWrites, stallMillis, seed);
  }

  public Faults withLatencyMillis(long millis) {
    return new Faults(serverErrorRate, tooManyRequestsRate, dropRate, millis, crashAfterWrites, stallWrites, stallMillis, seed);
  }

  public Faults withCrashAfterWrites(int writes) {
    return new Faults(serverErrorRate, tooManyRequestsRate, dropRate, latencyMillis, writes, stallWrites, stallMillis, seed);
  }

  public Faults withStalledWrites(int writes, long millis) {
    return new Faults(serverErrorRate, tooManyRequestsRate, dropRate, latencyMillis, crashAfterWrites, writes, millis, seed);
  }

  public Faults withSeed(long newSeed) {
    return new Faults(serverErrorRate, tooManyRequestsRate, dropRate, latencyMillis, crashAfterWrites, stallWrites, stallMillis, newSeed);
  }

  private static void requireRate(String name, double rate) {
    if (rate < 0 || rate > 1 || Double.isNaN(rate)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, got " + rate);
    }
  }
}
