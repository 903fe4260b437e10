package dev.ferry.cli;

import dev.ferry.sandbox.Faults;
import dev.ferry.sandbox.RateLimit;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ferry sandbox}: runs the local Freshsales sandbox until the process is stopped. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = "Runs a local server that speaks the Freshsales API, prints its base URL and blocks.")
public final class SandboxCommand extends Verb {
  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (0 picks a free one).")
  private int port;

  @Option(names = "--data", description = "Directory the account is kept in; without it state lives in memory.")
  private Path data;

  @Option(names = "--api-key", description = "Key the sandbox accepts (default: env FRESHSALES_API_KEY).")
  private String apiKey;

  @Option(names = "--seed", description = "Seed account JSON (default: the shipped Nordhavn account).")
  private Path seed;

  @Option(names = "--rate-limit", defaultValue = "1000/hour", description = "N/hour or N/minute.")
  private String rateLimit;

  @Option(names = "--fail-rate", defaultValue = "0", description = "Share of requests answered 500.")
  private double failRate;

  @Option(names = "--throttle-rate", defaultValue = "0", description = "Share of requests answered 429.")
  private double throttleRate;

  @Option(names = "--drop-rate", defaultValue = "0", description = "Share of requests whose connection is dropped.")
  private double dropRate;

  @Option(names = "--latency-ms", defaultValue = "0", description = "Delay added to every API response.")
  private long latencyMillis;

  @Option(names = "--crash-after-writes", defaultValue = "-1",
      description = "Stop answering after this many successful writes (negative: never).")
  private int crashAfterWrites;

  @Option(names = "--fault-seed", defaultValue = "1", description = "Seed that makes injected faults repeatable.")
  private long faultSeed;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = out();
    PrintWriter err = err();
    String key = apiKey != null ? apiKey : System.getenv("FRESHSALES_API_KEY");
    if (key == null || key.isBlank()) {
      err.println("ferry sandbox: give the key the sandbox should accept with --api-key or FRESHSALES_API_KEY");
      return 2;
    }
    SandboxOptions options;
    try {
      Faults faults = new Faults(failRate, throttleRate, dropRate, latencyMillis, crashAfterWrites, 0, 0, faultSeed);
      options = SandboxOptions.builder(key).port(port).dataDir(data).seedFile(seed)
          .rateLimit(RateLimit.parse(rateLimit)).faults(faults).build();
    } catch (IllegalArgumentException e) {
      err.println("ferry sandbox: " + e.getMessage());
      return 2;
    }
    SandboxServer server = SandboxServer.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    out.println("Freshsales sandbox listening at " + server.baseUrl() + " (admin: " + server.adminUrl() + ")");
    out.flush();
    stopped.await();
    return 0;
  }
}
