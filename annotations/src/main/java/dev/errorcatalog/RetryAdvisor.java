package dev.errorcatalog;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Says whether, and when, to retry a request that failed with a catalog error, from the entry's
 * {@linkplain CatalogError#retryClass() retry class} and {@linkplain CatalogError#retryParameters()
 * documented retry parameters}.
 *
 * <p>Attempts are counted from 1: attempt 1 is the first call, the one that just failed when you ask after it.
 * What each retry class advises, and the limits of attempts and window, are on {@link RetryClass}'s constants.
 *
 * <p><b>Defaults</b>, where the catalog documents no parameter: base {@value #DEFAULT_BASE_MILLIS} ms,
 * cap {@value #DEFAULT_CAP_SECONDS} s, {@value #DEFAULT_ATTEMPTS} attempts in all
 * ({@value #DEFAULT_DELAYED_ATTEMPTS} for {@code DELAYED}, whose wait is stated and short), and no window
 * (the attempt limit bounds the time: with the defaults at most 1 + 2 + 4 + 8 = 15 s of waiting).
 *
 * <p><b>Responses the catalog does not document</b> ({@link MatchKind#NONE}, or an exception without an
 * entry) are judged by status, with the defaults: {@code 429} as {@code THROTTLED} (the server refused the
 * request before doing it); {@code 408} and {@code 5xx} other than {@code 501} and {@code 505} as
 * {@code IDEMPOTENT_ONLY} (the server may have done the work before it failed); everything else, and any
 * status below 400, stops. A documented success ({@link CatalogError#isSuccess()}) also stops; an error the API
 * answers with a success status (Slack's {@code 200} with {@code "ok": false}) is advised as any error. The
 * parameters of those undocumented retries (base, cap, attempts, window) are the defaults unless set with
 * {@link #withUndocumented(RetryParameters)}: e.g. {@code RetryParameters.of(null, null, 1, null)} retries none.
 *
 * <p>{@link #send(HttpClient, HttpRequest, BodyHandler, ErrorDecoder) send} and {@link #retry retry} run the whole
 * loop for {@code java.net.http} and for any client.
 *
 * <p>Deterministic when given a {@link RandomGenerator} and a {@link Clock}; thread-safe if the random
 * generator is (the default uses {@link ThreadLocalRandom} of the calling thread).
 */
public final class RetryAdvisor {

  /** The default first backoff delay, in milliseconds. */
  public static final long DEFAULT_BASE_MILLIS = 1000;

  /** The default longest single backoff delay, in seconds. */
  public static final long DEFAULT_CAP_SECONDS = 30;

  /** The default most attempts in all, the first call included. */
  public static final int DEFAULT_ATTEMPTS = 5;

  /** The default most attempts in all for {@code DELAYED} entries. */
  public static final int DEFAULT_DELAYED_ATTEMPTS = 3;

  private final RandomGenerator random;
  private final Clock clock;
  private final Sleeper sleeper;
  /** The parameters of responses the catalog does not document; {@link RetryParameters#NONE}: the defaults. */
  private final RetryParameters undocumented;

  /** An advisor with a thread-local random source, the system clock and real waits. */
  public RetryAdvisor() {
    this(null, Clock.systemUTC(), Sleeper.system());
  }

  /** An advisor with the given jitter source ({@code null}: thread-local) and clock, waiting for real. */
  public RetryAdvisor(RandomGenerator random, Clock clock) {
    this(random, clock, Sleeper.system());
  }

  /**
   * An advisor with the given jitter source ({@code null}: the calling thread's {@link ThreadLocalRandom}), clock
   * (measuring the time since the first attempt) and way of waiting between attempts (a test passes one that
   * advances its clock instead of sleeping).
   */
  public RetryAdvisor(RandomGenerator random, Clock clock, Sleeper sleeper) {
    this(random, clock, sleeper, RetryParameters.NONE);
  }

  private RetryAdvisor(RandomGenerator random, Clock clock, Sleeper sleeper, RetryParameters undocumented) {
    this.random = random;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.undocumented = undocumented;
  }

  /**
   * This advisor with other retry parameters for the responses the catalog does not document (see above): which
   * statuses are retried stays the rule, how is set here; a parameter left empty keeps its default. Documented
   * entries are not affected: their catalog says.
   *
   * <pre>{@code
   * // an undocumented 502 (a proxy's HTML page) on a GET: 3 attempts, waits below 200 and 400 ms
   * RetryAdvisor advisor = new RetryAdvisor()
   *     .withUndocumented(RetryParameters.of(Duration.ofMillis(200), Duration.ofSeconds(2), 3, null));
   * // or never retry what the catalog does not document
   * RetryAdvisor strict = new RetryAdvisor().withUndocumented(RetryParameters.of(null, null, 1, null));
   * }</pre>
   *
   * @param parameters the parameters; {@link RetryParameters#NONE} for the defaults
   * @return a new advisor; this one is unchanged
   * @throws IllegalArgumentException for attempts below 1, or a base, cap or window that is not positive
   */
  public RetryAdvisor withUndocumented(RetryParameters parameters) {
    RetryRules.check(parameters);
    return new RetryAdvisor(random, clock, sleeper, parameters);
  }

  /** The retry parameters of responses the catalog does not document ({@link RetryParameters#NONE}: the defaults). */
  public RetryParameters undocumented() {
    return undocumented;
  }

  /** The clock the attempts of {@link #begin(boolean)} are timed on. */
  public Clock clock() {
    return clock;
  }

  /** How the retrying helpers built on this advisor wait between attempts. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Advice after a call that failed with this decoded response: {@code attempt} is the number of the attempt that
   * just failed (from 1), {@code elapsed} the time since the first attempt started.
   */
  public RetryDecision advise(DecodedError<?> decoded, int attempt, boolean idempotent, Duration elapsed) {
    return RetryRules.advise(decoded.entry(), decoded.status(), decoded.retryAfter().orElse(null), attempt, idempotent,
        elapsed, undocumented, random);
  }

  /** Advice after a call that failed with this exception (thrown by a decoder's {@code toException()}). */
  public RetryDecision advise(CatalogException failure, int attempt, boolean idempotent, Duration elapsed) {
    return RetryRules.advise(failure.error(), failure.status(), failure.retryAfter().orElse(null), attempt, idempotent,
        elapsed, undocumented, random);
  }

  /** Advice after a call that failed with this documented entry; {@code retryAfter}: the server's hint, or null. */
  public RetryDecision advise(CatalogError error, Duration retryAfter, int attempt, boolean idempotent,
      Duration elapsed) {
    return RetryRules.advise(Optional.of(error), error.httpStatus(), retryAfter, attempt, idempotent, elapsed,
        undocumented, random);
  }

  /** Starts counting the attempts of one request, and the time since its first attempt, on this advisor's clock. */
  public Retries begin(boolean idempotent) {
    return new Retries(idempotent, clock.instant());
  }

  /**
   * Whether an HTTP method is idempotent (RFC 9110, 9.2.2): {@code GET}, {@code HEAD}, {@code OPTIONS},
   * {@code TRACE}, {@code PUT} and {@code DELETE}; any other ({@code POST}, {@code PATCH}, ...) is not.
   */
  public static boolean isIdempotent(String method) {
    return switch (method.toUpperCase(Locale.ROOT)) {
      case "GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE" -> true;
      default -> false;
    };
  }

  /**
   * Sends a request with {@code java.net.http} until it succeeds or this advisor says stop, waiting on
   * {@link #sleeper()} in between; the request is idempotent as its method says ({@link #isIdempotent}).
   *
   * @param handler the handler of the body of a response that is not an error
   * @param decoder the catalog's decoder, for responses of 400 and above and those at a success status where
   *     the catalog documents errors ({@link ErrorDecoder#errorsAt}; each body is read once, as bytes)
   * @return the first response that is not an error
   * @throws CatalogException the exception of the last error response when the advisor says stop: the typed
   *     exception of a documented error, else the catalog's response exception, the raw body kept
   * @throws IOException as {@code HttpClient.send} throws it (not retried: the advisor judges responses)
   */
  public <T> HttpResponse<T> send(HttpClient client, HttpRequest request, BodyHandler<T> handler,
      ErrorDecoder<?> decoder) throws IOException, InterruptedException {
    return HttpSend.send(this, client, request, handler, decoder, isIdempotent(request.method()));
  }

  /** {@link #send(HttpClient, HttpRequest, BodyHandler, ErrorDecoder)}, idempotent as given (a POST with a key). */
  public <T> HttpResponse<T> send(HttpClient client, HttpRequest request, BodyHandler<T> handler,
      ErrorDecoder<?> decoder, boolean idempotent) throws IOException, InterruptedException {
    return HttpSend.send(this, client, request, handler, decoder, idempotent);
  }

  /**
   * {@link #send(HttpClient, HttpRequest, BodyHandler, ErrorDecoder)} without blocking: each attempt is
   * {@code HttpClient.sendAsync}, and each wait a stage of {@link Sleeper#after} that holds no thread. The future
   * fails with the catalog's exception when the advisor says stop.
   */
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpClient client, HttpRequest request,
      BodyHandler<T> handler, ErrorDecoder<?> decoder) {
    return HttpSend.sendAsync(this, client, request, handler, decoder, isIdempotent(request.method()));
  }

  /** {@link #sendAsync(HttpClient, HttpRequest, BodyHandler, ErrorDecoder)} with the request's idempotency given. */
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpClient client, HttpRequest request,
      BodyHandler<T> handler, ErrorDecoder<?> decoder, boolean idempotent) {
    return HttpSend.sendAsync(this, client, request, handler, decoder, idempotent);
  }

  /**
   * One attempt of a call for {@link #retry}: returns the result, or throws the catalog's exception of an error
   * response (as it is, or as the cause of an {@code IOException}, {@code UncheckedIOException},
   * {@code CompletionException} or {@code ExecutionException} a client's API imposes).
   *
   * @param <T> the result
   * @param <X> the checked exception the client throws (e.g. {@code IOException})
   */
  @FunctionalInterface
  public interface Attempt<T, X extends Exception> {
    /** Makes the attempt. */
    T call() throws X, InterruptedException;
  }

  /**
   * Runs {@code attempt} until it succeeds or this advisor says stop: the runtime's one retry loop, which every
   * client adapter retrying by itself uses. After each attempt that failed with a catalog exception the advice is
   * recorded on it ({@link CatalogException#retryAdvice()}, {@code byRetryLayer} true) and reported to the
   * {@link CatalogListeners}; the wait is made on {@link #sleeper()}.
   *
   * <p>An exception that an inner catalog retry layer already advised ({@code byRetryLayer}) is not retried again:
   * retries never multiply. Other exceptions (an I/O error) are not retried: the advisor judges responses.
   *
   * @param idempotent whether the request may be repeated safely ({@link #isIdempotent})
   * @return the first successful attempt's result
   * @throws CatalogException the typed exception of the last attempt when the advisor says stop (unwrapped from
   *     the wrappers above)
   * @throws X what the attempt threw that is no catalog error
   */
  public <T, X extends Exception> T retry(boolean idempotent, Attempt<T, X> attempt)
      throws X, InterruptedException {
    return RetryLoop.retry(this, idempotent, Objects.requireNonNull(attempt, "attempt"));
  }

  /**
   * {@link #retry} without blocking: each attempt is a stage, each wait a stage of {@link Sleeper#after} that holds
   * no thread. The future fails with the typed exception itself (not wrapped) when the advisor says stop;
   * cancelling it starts no further attempt.
   */
  public <T> CompletableFuture<T> retryAsync(boolean idempotent, Supplier<? extends CompletionStage<T>> attempt) {
    return RetryLoop.retryAsync(this, idempotent, Objects.requireNonNull(attempt, "attempt"));
  }

  /**
   * Whether the current thread is running an attempt of a catalog retry layer ({@link #retry},
   * {@link #retryAsync}, the Resilience4j decorators): a client's own catalog retrier (Feign's
   * {@code CatalogRetryer}) switches itself off then, so that retries never multiply.
   */
  public static boolean insideRetryLayer() {
    return RetryLoop.inside();
  }

  /** Runs {@code action} as an attempt of a retry layer outside the runtime (Resilience4j's decorators). */
  public static <T> T asRetryLayer(Supplier<T> action) {
    return RetryLoop.asLayer(action);
  }

  /** The attempts of one request, counted, and timed from the first on the advisor's clock; one per request. */
  public final class Retries {
    private final boolean idempotent;
    private final Instant firstAttempt;
    private int failed;

    private Retries(boolean idempotent, Instant firstAttempt) {
      this.idempotent = idempotent;
      this.firstAttempt = firstAttempt;
    }

    /** Advice after the latest attempt failed with this response. */
    public RetryDecision next(DecodedError<?> decoded) {
      return advise(decoded, ++failed, idempotent, elapsed());
    }

    /** Advice after the latest attempt failed with this exception. */
    public RetryDecision next(CatalogException failure) {
      return advise(failure, ++failed, idempotent, elapsed());
    }

    /** The number of failed attempts so far. */
    public int failedAttempts() {
      return failed;
    }

    private Duration elapsed() {
      Duration elapsed = Duration.between(firstAttempt, clock.instant());
      return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }
  }
}
