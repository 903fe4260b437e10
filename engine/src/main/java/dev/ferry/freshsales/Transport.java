package dev.ferry.freshsales;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends requests to one account: adds the token, paces to the rate limit, waits out 429s, and retries 5xx,
 * timeouts and dropped connections for requests that are safe to repeat. A request that is not safe to repeat
 * is sent once; if it may have reached the server, the failure goes back to the operation, which settles it.
 * Logs name the method, path and status, never headers.
 */
final class Transport implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Transport.class.getName());
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final int MAX_THROTTLED_WAITS = 50;

  private final FreshsalesConfig config;
  private final OkHttpClient http;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Backoff backoff;
  private final RateGovernor governor;
  private final Semaphore inFlight;

  Transport(FreshsalesConfig config, ObjectMapper mapper, Clock clock, Sleeper sleeper, Backoff backoff) {
    this.config = config;
    this.mapper = mapper;
    this.clock = clock;
    this.sleeper = sleeper;
    this.backoff = backoff;
    // The reserve is what other threads may have in flight when this one reads the headers.
    this.governor = new RateGovernor(clock, config.concurrency() - 1);
    this.inFlight = new Semaphore(config.concurrency());
    this.http = new OkHttpClient.Builder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .writeTimeout(config.readTimeout())
        .connectionPool(new ConnectionPool(config.concurrency(), 5, TimeUnit.MINUTES))
        // OkHttp would otherwise resend a POST on a failed pooled connection: that decision is ours.
        .retryOnConnectionFailure(false)
        .build();
  }

  String baseUrl() {
    return config.baseUrl().toString();
  }

  ApiResponse send(ApiCall call) {
    int attempt = 0;
    int throttled = 0;
    while (true) {
      attempt++;
      waitTurn();
      Attempt result = attempt(call, attempt);
      if (result instanceof Answered answered) {
        ApiResponse response = answered.response();
        if (response.status() == 429 && throttled++ < MAX_THROTTLED_WAITS) {
          // A throttled request was not applied, so it is safe to repeat whatever it was.
          attempt--;
          continue;
        }
        if (response.serverError() && call.repeatable() && attempt < config.maxAttempts()) {
          pause(backoff.delay(attempt), call, "HTTP " + response.status());
          continue;
        }
        return response;
      }
      Failed failed = (Failed) result;
      boolean mayHaveApplied = !(failed.cause() instanceof ConnectException || failed.cause() instanceof UnknownHostException);
      if ((call.repeatable() || !mayHaveApplied) && attempt < config.maxAttempts()) {
        pause(backoff.delay(attempt), call, failed.cause().getClass().getSimpleName());
        continue;
      }
      throw new TransportFailure(call.describe() + " to " + baseUrl() + " got no answer after " + attempt
          + " attempt(s): " + failed.cause().getClass().getSimpleName(), failed.cause(), mayHaveApplied);
    }
  }

  JsonNode toJson(Object value) {
    return mapper.valueToTree(value);
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private sealed interface Attempt permits Answered, Failed {}

  private record Answered(ApiResponse response) implements Attempt {}

  private record Failed(IOException cause) implements Attempt {}

  private Attempt attempt(ApiCall call, int attempt) {
    Request request = request(call);
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FreshsalesException(FreshsalesException.Problem.INTERRUPTED, "interrupted before " + call.describe());
    }
    try (Response response = http.newCall(request).execute()) {
      Instant now = clock.instant();
      RateLimitHeaders limits = RateLimitHeaders.parse(response::header, now);
      governor.observe(limits);
      ApiResponse answered = new ApiResponse(response.code(), parse(response.body()));
      LOG.fine(() -> call.describe() + " -> " + response.code() + " (attempt " + attempt + ")");
      if (response.code() == 401) {
        throw new FreshsalesException(FreshsalesException.Problem.AUTH_REFUSED,
            "the API key was refused by " + baseUrl());
      }
      if (response.code() == 429) {
        Duration wait = limits.retryAfter()
            .or(() -> limits.resetAt().map(reset -> Duration.between(now, reset)))
            .orElseGet(() -> backoff.delay(attempt));
        governor.blockUntil(now.plus(wait));
        LOG.info(() -> call.describe() + " was throttled (429); waiting " + wait.toMillis() + " ms as the server asked");
      }
      return new Answered(answered);
    } catch (IOException e) {
      LOG.log(Level.FINE, call.describe() + " failed on attempt " + attempt + ": " + e.getClass().getSimpleName());
      return new Failed(e);
    } finally {
      inFlight.release();
    }
  }

  private Request request(ApiCall call) {
    String url = call.target().startsWith("http") ? call.target() : baseUrl() + call.target();
    RequestBody body = null;
    if (call.body() != null) {
      try {
        body = RequestBody.create(mapper.writeValueAsBytes(call.body()), JSON);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot encode the body of " + call.describe(), e);
      }
    } else if (!call.method().equals("GET") && !call.method().equals("DELETE")) {
      body = RequestBody.create(new byte[0], JSON);
    }
    return new Request.Builder()
        .url(url)
        .method(call.method(), body)
        .header("Authorization", "Token token=" + config.apiKey().reveal())
        .header("Accept", "application/json")
        .header("User-Agent", "ferry-freshsales-client")
        .build();
  }

  private JsonNode parse(ResponseBody body) throws IOException {
    if (body == null) {
      return NullNode.getInstance();
    }
    String text = body.string();
    if (text.isBlank()) {
      return NullNode.getInstance();
    }
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      return NullNode.getInstance();
    }
  }

  private void waitTurn() {
    Duration delay = governor.delayBeforeNextRequest();
    if (!delay.isZero()) {
      LOG.fine(() -> "pacing to the rate limit: waiting " + delay.toMillis() + " ms");
      sleep(delay);
    }
  }

  private void pause(Duration delay, ApiCall call, String reason) {
    LOG.info(() -> call.describe() + " failed (" + reason + "); retrying in " + delay.toMillis() + " ms");
    sleep(delay);
  }

  private void sleep(Duration delay) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FreshsalesException(FreshsalesException.Problem.INTERRUPTED, "interrupted while waiting to call "
          + baseUrl());
    }
  }
}
