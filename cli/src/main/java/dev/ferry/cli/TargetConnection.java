package dev.ferry.cli;

import dev.ferry.freshsales.ApiKey;
import dev.ferry.freshsales.FreshsalesConfig;
import dev.ferry.freshsales.LeadMode;
import dev.ferry.sandbox.RateLimit;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxServer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The destination a run command writes to: the account the environment names ({@code FRESHSALES_DOMAIN} or
 * {@code FRESHSALES_URL} with {@code FRESHSALES_API_KEY}), or else a sandbox started in this process, with a
 * one-line notice saying so. Close it to stop the sandbox.
 */
public final class TargetConnection implements AutoCloseable {
  private final FreshsalesConfig config;
  private final Optional<SandboxServer> sandbox;
  private final Optional<String> notice;

  private TargetConnection(FreshsalesConfig config, Optional<SandboxServer> sandbox, Optional<String> notice) {
    this.config = config;
    this.sandbox = sandbox;
    this.notice = notice;
  }

  /**
   * Without a real account the sandbox keeps its state under {@code FERRY_SANDBOX_DATA}, else
   * {@code <workDir>/.ferry/sandbox}, and allows {@code FERRY_SANDBOX_RATE_LIMIT} requests (default
   * 100000/hour: a local run should not wait an hour per thousand records).
   */
  public static TargetConnection open(Map<String, String> env, Path workDir) {
    if (FreshsalesConfig.targetsAnAccount(env)) {
      return new TargetConnection(FreshsalesConfig.fromEnv(env), Optional.empty(), Optional.empty());
    }
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    String key = "sandbox-" + HexFormat.of().formatHex(random);
    Path data = Optional.ofNullable(env.get("FERRY_SANDBOX_DATA")).filter(s -> !s.isBlank()).map(Path::of)
        .orElse(workDir.resolve(".ferry").resolve("sandbox"));
    RateLimit limit = RateLimit.parse(env.getOrDefault("FERRY_SANDBOX_RATE_LIMIT", "100000/hour"));
    SandboxServer server = SandboxServer.start(SandboxOptions.builder(key).dataDir(data).rateLimit(limit).build());
    FreshsalesConfig config = FreshsalesConfig.of(server.baseUrl(), ApiKey.of(key));
    String mode = env.get("FRESHSALES_LEAD_MODE");
    if (mode != null && !mode.isBlank()) {
      config = config.withLeadMode(LeadMode.valueOf(mode.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
    }
    String notice = "no FRESHSALES_DOMAIN set: writing to the local Freshsales sandbox at " + server.baseUrl()
        + " (state in " + data + ")";
    return new TargetConnection(config, Optional.of(server), Optional.of(notice));
  }

  public FreshsalesConfig config() {
    return config;
  }

  /** The in-process sandbox, when there is one (for reports that diff its state). */
  public Optional<SandboxServer> sandbox() {
    return sandbox;
  }

  /** The line to print before a run, when the run goes to the sandbox. */
  public Optional<String> notice() {
    return notice;
  }

  @Override
  public void close() {
    sandbox.ifPresent(SandboxServer::close);
  }
}
