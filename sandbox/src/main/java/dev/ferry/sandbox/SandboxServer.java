package dev.ferry.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A running sandbox: an HTTP server on the loopback address serving the API under {@code /crm/sales/api} and
 * the classic {@code /api}, and its admin endpoints under {@code /_sandbox}. Start it with {@link #start}
 * (port 0 picks a free port), read {@link #baseUrl()}, stop it with {@link #close()}.
 */
public final class SandboxServer implements AutoCloseable {
  public static final String API_PATH = "/crm/sales/api";
  public static final String CLASSIC_API_PATH = "/api";

  private final HttpServer http;
  private final ExecutorService workers;
  private final Account account;
  private final FaultPlan faults;
  private final RequestLog requests = new RequestLog();

  private SandboxServer(SandboxOptions options) throws IOException {
    this.account = new Account(Seed.read(options.seedFile()), new StateStore(options.dataDir()));
    this.faults = new FaultPlan(options.faults());
    RateLimiter limiter = new RateLimiter(options.rateLimit(), options.clock());
    ApiRouter router = new ApiRouter(options.clock(), options.jobPollsUntilDone());
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
    for (String base : new String[] {API_PATH, CLASSIC_API_PATH}) {
      http.createContext(base + "/", new ApiHandler(base, options.apiKey(), account, router, limiter, faults, requests));
    }
    http.createContext("/_sandbox/", new AdminHandler(this));
    // Several workers: a stalled write must not stop the lookup a client sends to settle it.
    this.workers = Executors.newFixedThreadPool(16, runnable -> {
      Thread thread = new Thread(runnable, "ferry-sandbox");
      thread.setDaemon(true);
      return thread;
    });
    http.setExecutor(workers);
  }

  public static SandboxServer start(SandboxOptions options) {
    try {
      SandboxServer server = new SandboxServer(options);
      server.http.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Freshsales sandbox on port " + options.port(), e);
    }
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** The API base a client is configured with, e.g. {@code http://127.0.0.1:8080/crm/sales/api}. */
  public URI baseUrl() {
    return URI.create(root() + API_PATH);
  }

  /** The same API under the classic Freshsales base, {@code .../api}. */
  public URI classicBaseUrl() {
    return URI.create(root() + CLASSIC_API_PATH);
  }

  public URI adminUrl() {
    return URI.create(root() + "/_sandbox");
  }

  /** The whole account as JSON, in the seed format. */
  public String exportState() {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(account.export());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public void reset() {
    account.reset();
  }

  /** Requests received per method and path template, e.g. {@code POST /contacts/bulk_upsert -> 2}. */
  public Map<String, Long> requestCounts() {
    return requests.byRoute();
  }

  /** Request counts with totals, writes and answers by status, as JSON. */
  public String requestReport() {
    return requests.toJson().toString();
  }

  public void clearRequestCounts() {
    requests.clear();
  }

  /**
   * Adds a custom field to a module ({@code contacts}, {@code sales_accounts}, {@code leads}), the way an admin
   * creates one in Freshsales' settings: the API itself cannot. Returns false when the module already has it.
   */
  public boolean addCustomField(String module, String name, String label, String type) {
    RecordKind kind = RecordKind.fromPath(module)
        .orElseThrow(() -> new IllegalArgumentException("no module " + module + "; use contacts, sales_accounts or leads"));
    if (!name.startsWith("cf_")) {
      throw new IllegalArgumentException("custom field names start with cf_, got " + name);
    }
    return account.apply(state -> {
      long id = state.newId();
      com.fasterxml.jackson.databind.node.ObjectNode field = Json.object().put("id", id).put("name", name)
          .put("label", label).put("type", type).put("required", false);
      return state.addCustomField(kind, field);
    });
  }

  public Faults faults() {
    return faults.current();
  }

  /** Replaces the faults in force and restarts their random sequence and write counts. */
  public void setFaults(Faults newFaults) {
    faults.replace(newFaults);
  }

  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    account.close();
  }

  private String root() {
    return "http://" + http.getAddress().getAddress().getHostAddress() + ":" + port();
  }

  /**
   * Runs a sandbox until the process is stopped: {@code --port P --data DIR --api-key K --seed FILE
   * --rate-limit N/hour}. The launcher's {@code ferry sandbox} offers the same with fault flags and help.
   */
  public static void main(String[] args) throws InterruptedException {
    String key = System.getenv("FRESHSALES_API_KEY");
    SandboxOptions.Builder builder = null;
    int port = 8080;
    Path data = null;
    Path seed = null;
    RateLimit limit = RateLimit.defaultHourly();
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--data" -> data = Path.of(args[i + 1]);
        case "--api-key" -> key = args[i + 1];
        case "--seed" -> seed = Path.of(args[i + 1]);
        case "--rate-limit" -> limit = RateLimit.parse(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    builder = SandboxOptions.builder(key == null ? "" : key).port(port).dataDir(data).seedFile(seed).rateLimit(limit);
    SandboxServer server = start(builder.build());
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println(server.baseUrl());
    Thread.currentThread().join();
  }
}
