package dev.ferry.freshsales;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the client connects and how hard it pushes. Built from an environment map so tests pass a map:
 * <ul>
 *   <li>{@code FRESHSALES_URL}: a full API base, e.g. {@code http://127.0.0.1:8080/crm/sales/api}; or
 *   <li>{@code FRESHSALES_DOMAIN}: the bundle alias, e.g. {@code acme.myfreshworks.com} (base
 *       {@code https://acme.myfreshworks.com/crm/sales/api}) or the classic {@code acme.freshsales.io} (base
 *       {@code https://acme.freshsales.io/api});
 *   <li>{@code FRESHSALES_API_KEY} (required), {@code FRESHSALES_LEAD_MODE} ({@code module} or
 *       {@code lifecycle_stage}), {@code FRESHSALES_CONCURRENCY}, {@code FRESHSALES_TIMEOUT_SECONDS}.
 * </ul>
 * The default concurrency is 4: at 1,000 requests an hour the limit, not parallelism, sets the pace, and a few
 * requests in flight hide latency without bursting through the limit.
 */
public record FreshsalesConfig(
    URI baseUrl,
    ApiKey apiKey,
    LeadMode leadMode,
    int concurrency,
    Duration connectTimeout,
    Duration readTimeout,
    int maxAttempts) {

  public static final int DEFAULT_CONCURRENCY = 4;
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  public FreshsalesConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(leadMode, "leadMode");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    String text = baseUrl.toString();
    baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  public static FreshsalesConfig of(URI baseUrl, ApiKey apiKey) {
    return new FreshsalesConfig(baseUrl, apiKey, LeadMode.LIFECYCLE_STAGE, DEFAULT_CONCURRENCY, Duration.ofSeconds(10),
        Duration.ofSeconds(60), DEFAULT_MAX_ATTEMPTS);
  }

  /** Whether the environment names a real account; without one the launcher starts the local sandbox. */
  public static boolean targetsAnAccount(Map<String, String> env) {
    return !blank(env.get("FRESHSALES_URL")) || !blank(env.get("FRESHSALES_DOMAIN"));
  }

  public static FreshsalesConfig fromEnv(Map<String, String> env) {
    String key = env.get("FRESHSALES_API_KEY");
    if (blank(key)) {
      throw new IllegalArgumentException("FRESHSALES_API_KEY is not set");
    }
    URI base = baseUrlFrom(env);
    FreshsalesConfig config = of(base, ApiKey.of(key));
    if (!blank(env.get("FRESHSALES_LEAD_MODE"))) {
      config = config.withLeadMode(parseLeadMode(env.get("FRESHSALES_LEAD_MODE")));
    }
    if (!blank(env.get("FRESHSALES_CONCURRENCY"))) {
      config = config.withConcurrency(parseInt("FRESHSALES_CONCURRENCY", env.get("FRESHSALES_CONCURRENCY")));
    }
    if (!blank(env.get("FRESHSALES_TIMEOUT_SECONDS"))) {
      config = config.withReadTimeout(
          Duration.ofSeconds(parseInt("FRESHSALES_TIMEOUT_SECONDS", env.get("FRESHSALES_TIMEOUT_SECONDS"))));
    }
    return config;
  }

  public FreshsalesConfig withLeadMode(LeadMode mode) {
    return new FreshsalesConfig(baseUrl, apiKey, mode, concurrency, connectTimeout, readTimeout, maxAttempts);
  }

  public FreshsalesConfig withConcurrency(int value) {
    return new FreshsalesConfig(baseUrl, apiKey, leadMode, value, connectTimeout, readTimeout, maxAttempts);
  }

  public FreshsalesConfig withReadTimeout(Duration value) {
    return new FreshsalesConfig(baseUrl, apiKey, leadMode, concurrency, connectTimeout, value, maxAttempts);
  }

  public FreshsalesConfig withMaxAttempts(int value) {
    return new FreshsalesConfig(baseUrl, apiKey, leadMode, concurrency, connectTimeout, readTimeout, value);
  }

  /** Spelled out so the key cannot reach a log through a config that got printed. */
  @Override
  public String toString() {
    return "FreshsalesConfig[baseUrl=" + baseUrl + ", apiKey=(redacted), leadMode=" + leadMode + ", concurrency="
        + concurrency + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", maxAttempts="
        + maxAttempts + "]";
  }

  private static URI baseUrlFrom(Map<String, String> env) {
    String url = env.get("FRESHSALES_URL");
    if (!blank(url)) {
      URI uri = URI.create(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("FRESHSALES_URL must be a full URL such as "
            + "https://acme.myfreshworks.com/crm/sales/api, got " + url);
      }
      return uri;
    }
    String domain = env.get("FRESHSALES_DOMAIN");
    if (blank(domain)) {
      throw new IllegalArgumentException("set FRESHSALES_DOMAIN (e.g. acme.myfreshworks.com) or FRESHSALES_URL");
    }
    String host = domain.trim().replaceFirst("^https?://", "");
    while (host.endsWith("/")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.endsWith("/api")) {
      return URI.create("https://" + host);
    }
    if (host.endsWith("/crm/sales")) {
      return URI.create("https://" + host + "/api");
    }
    if (host.contains("/")) {
      throw new IllegalArgumentException("FRESHSALES_DOMAIN should be a host such as acme.myfreshworks.com, got "
          + domain);
    }
    if (host.endsWith(".freshsales.io")) {
      return URI.create("https://" + host + "/api");
    }
    if (!host.contains(".")) {
      host = host + ".myfreshworks.com";
    }
    return URI.create("https://" + host + "/crm/sales/api");
  }

  private static LeadMode parseLeadMode(String text) {
    String value = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return LeadMode.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("FRESHSALES_LEAD_MODE must be module or lifecycle_stage, got " + text);
    }
  }

  private static int parseInt(String name, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got " + text);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
