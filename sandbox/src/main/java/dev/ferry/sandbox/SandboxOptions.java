package dev.ferry.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start a sandbox. {@code dataDir} empty keeps state in memory only; {@code seedFile} empty uses the
 * shipped Nordhavn seed. The clock is there so tests can move the rate-limit window without waiting.
 */
public record SandboxOptions(
    int port,
    Optional<Path> dataDir,
    String apiKey,
    Optional<Path> seedFile,
    RateLimit rateLimit,
    Faults faults,
    int jobPollsUntilDone,
    Clock clock) {

  public SandboxOptions {
    Objects.requireNonNull(apiKey, "apiKey");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("the sandbox needs an API key to accept (--api-key or FRESHSALES_API_KEY)");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (jobPollsUntilDone < 0) {
      throw new IllegalArgumentException("jobPollsUntilDone cannot be negative");
    }
  }

  public static Builder builder(String apiKey) {
    return new Builder(apiKey);
  }

  /** Never prints the key: options end up in logs and test reports. */
  @Override
  public String toString() {
    return "SandboxOptions[port=" + port + ", dataDir=" + dataDir.map(Path::toString).orElse("(memory)")
        + ", apiKey=(redacted), seedFile=" + seedFile.map(Path::toString).orElse("(nordhavn)")
        + ", rateLimit=" + rateLimit + ", faults=" + faults + ", jobPollsUntilDone=" + jobPollsUntilDone + "]";
  }

  /** Fills in the defaults a launcher or test usually wants: random port, memory only, 1,000 requests/hour. */
  public static final class Builder {
    private int port;
    private Path dataDir;
    private final String apiKey;
    private Path seedFile;
    private RateLimit rateLimit = RateLimit.defaultHourly();
    private Faults faults = Faults.none();
    private int jobPollsUntilDone;
    private Clock clock = Clock.systemUTC();

    private Builder(String apiKey) {
      this.apiKey = apiKey;
    }

    public Builder port(int value) {
      this.port = value;
      return this;
    }

    public Builder dataDir(Path value) {
      this.dataDir = value;
      return this;
    }

    public Builder seedFile(Path value) {
      this.seedFile = value;
      return this;
    }

    public Builder rateLimit(RateLimit value) {
      this.rateLimit = value;
      return this;
    }

    public Builder faults(Faults value) {
      this.faults = value;
      return this;
    }

    /** How many polls of a bulk job answer "in_progress" before it reports its results. */
    public Builder jobPollsUntilDone(int value) {
      this.jobPollsUntilDone = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public SandboxOptions build() {
      return new SandboxOptions(port, Optional.ofNullable(dataDir), apiKey, Optional.ofNullable(seedFile), rateLimit,
          faults, jobPollsUntilDone, clock);
    }
  }
}
