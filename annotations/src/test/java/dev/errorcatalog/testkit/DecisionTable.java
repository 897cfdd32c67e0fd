package dev.errorcatalog.testkit;

import static dev.errorcatalog.testkit.DecisionCase.ALWAYS;
import static java.time.Duration.ZERO;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;

import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.testkit.DecisionCase.Failure;
import dev.errorcatalog.testkit.DecisionCase.Outcome;
import dev.errorcatalog.testkit.DecisionCase.Success;
import dev.errorcatalog.testkit.DecisionCase.Wait;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The shared decision table: responses and what {@code RetryAdvisor}'s rules make of them, against the
 * {@code decisions} catalog ({@link DecisionError}). The runtime's {@code RetryAdvisor} test runs it in memory;
 * every HTTP client adapter runs it over real HTTP with {@link #run}, so that they all decide the same.
 */
public final class DecisionTable {

  private DecisionTable() {}

  private static final String PROXY_503 = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n"
      + "<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n"
      + "</body>\r\n</html>\r\n";

  /** Every row. */
  public static List<DecisionCase> cases() {
    List<DecisionCase> cases = new ArrayList<>();
    Reply invalid = Reply.json(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 42 is invalid\"}");
    Reply rateLimited = Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}");
    Reply upstream = Reply.json(502, "{\"code\":\"UPSTREAM_FAILED\",\"message\":\"upstream billing failed\"}");

    cases.add(row("never-400", "never: the same request cannot succeed",
        invalid, ALWAYS, true, List.of(),
        failure(DecisionError.INVALID_ORDER, MatchKind.CODE, Map.of("orderId", "42"), null)));
    cases.add(row("after-action-401", "after-action: someone must act first",
        Reply.json(401, "{\"code\":\"KEY_EXPIRED\",\"message\":\"API key expired\"}"), ALWAYS, true, List.of(),
        failure(DecisionError.KEY_EXPIRED, MatchKind.CODE, Map.of(), null)));
    cases.add(row("throttled-429-retry-after-then-ok", "throttled: wait the Retry-After header exactly, even on POST",
        rateLimited.with("Retry-After", "2"), 1, false, List.of(Wait.exactly(ofSeconds(2))), success()));
    cases.add(row("throttled-429-body-hint-then-ok", "throttled: a documented body field is the server's hint",
        Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\",\"retryAfterSeconds\":3}"), 2, false,
        List.of(Wait.exactly(ofSeconds(3)), Wait.exactly(ofSeconds(3))), success()));
    cases.add(row("throttled-429-gives-up", "throttled: the entry's 3 attempts, then the typed exception",
        rateLimited.with("Retry-After", "1"), ALWAYS, true,
        List.of(Wait.exactly(ofSeconds(1)), Wait.exactly(ofSeconds(1))),
        failure(DecisionError.RATE_LIMITED, MatchKind.CODE, Map.of(), ofSeconds(1))));
    cases.add(row("throttled-429-without-hint", "throttled without a hint: back off (default base 1s)",
        rateLimited, 1, false, List.of(Wait.upTo(ofSeconds(1))), success()));
    cases.add(row("idempotent-only-502-post", "idempotent-only: a POST may have taken effect, not retried",
        upstream, ALWAYS, false, List.of(),
        failure(DecisionError.UPSTREAM_FAILED, MatchKind.CODE, Map.of("upstream", "billing"), null)));
    cases.add(row("idempotent-only-502-get-then-ok", "idempotent-only: a GET backs off (documented base 100ms)",
        upstream, 2, true, List.of(Wait.upTo(ofMillis(100)), Wait.upTo(ofMillis(200))), success()));
    cases.add(row("backoff-503-no-body", "backoff: the entry documenting 503 without a body, backoff to its cap",
        Reply.empty(503), ALWAYS, false,
        List.of(Wait.upTo(ofMillis(100)), Wait.upTo(ofMillis(200)), Wait.upTo(ofMillis(200))),
        failure(DecisionError.BUSY, MatchKind.STATUS, Map.of(), null)));
    cases.add(row("html-503-from-proxy-post", "a proxy's HTML page is not the entry documenting 503 without a body:"
            + " an undocumented 5xx, a POST not retried", Reply.of(503, "text/html", PROXY_503), ALWAYS, false,
        List.of(), undocumented(503)));
    cases.add(row("html-503-from-proxy-get-then-ok", "a proxy's HTML page at a documented status: an undocumented"
            + " 5xx, a GET backs off with the defaults", Reply.of(503, "text/html", PROXY_503), 1, true,
        List.of(Wait.upTo(ofSeconds(1))), success()));
    cases.add(row("gzip-400", "a gzipped body decodes as its content",
        Reply.json(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 7 is invalid\"}").gzipped(), ALWAYS, true,
        List.of(), failure(DecisionError.INVALID_ORDER, MatchKind.CODE, Map.of("orderId", "7"), null)));
    cases.add(row("gzip-429-then-ok", "a gzipped throttled body: its hint is read from the content",
        Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\",\"retryAfterSeconds\":1}").gzipped(), 1,
        false, List.of(Wait.exactly(ofSeconds(1))), success()));
    cases.add(row("empty-500-get-then-ok", "undocumented 5xx, empty body: idempotent-only with the defaults",
        Reply.empty(500), 1, true, List.of(Wait.upTo(ofSeconds(1))), success()));
    cases.add(row("empty-500-post", "undocumented 5xx on a POST: not retried, the response exception",
        Reply.empty(500), ALWAYS, false, List.of(), undocumented(500)));
    cases.add(row("empty-404", "undocumented 404, empty body: stop",
        Reply.empty(404), ALWAYS, true, List.of(), undocumented(404)));
    cases.add(row("unknown-code-400", "an unknown code is never guessed into a documented one",
        Reply.json(400, "{\"code\":\"SOMETHING_NEW\",\"message\":\"something new went wrong\"}"), ALWAYS, true, List.of(),
        undocumented(400)));
    cases.add(row("undocumented-429-text-retry-after", "undocumented 429: throttled, its Retry-After waited",
        Reply.of(429, "text/plain", "Too Many Requests").with("Retry-After", "1"), 1, false,
        List.of(Wait.exactly(ofSeconds(1))), success()));
    cases.add(row("delayed-412-then-ok", "delayed: the documented wait (2s), no jitter",
        Reply.json(412, "{\"code\":\"TOKEN_NOT_SYNCED\",\"message\":\"token not synced yet\"}"), 1, false,
        List.of(Wait.exactly(ofSeconds(2))), success()));
    cases.add(new DecisionCase("delayed-409-window", "the 5s window: a wait that would end past it stops",
        Reply.json(409, "{\"code\":\"INDEX_REBUILDING\",\"message\":\"index orders is rebuilding\"}"), ALWAYS, true,
        ofSeconds(1), List.of(Wait.exactly(ofSeconds(2))),
        failure(DecisionError.INDEX_REBUILDING, MatchKind.CODE, Map.of("index", "orders"), null)));
    cases.add(row("problem-json-429-type-then-ok", "RFC 9457: the type's #anchor names the entry, Retry-After waited",
        Reply.of(429, "application/problem+json", "{\"type\":\"https://docs.example.com/errors/decisions/#rate-limited\","
            + "\"title\":\"Too many requests\",\"status\":429,\"detail\":\"slow down\"}").with("Retry-After", "1"),
        1, false, List.of(Wait.exactly(ofSeconds(1))), success()));
    cases.add(row("problem-json-400-code-args", "RFC 9457: the code member names the entry, args from the args member",
        Reply.of(400, "application/problem+json", "{\"type\":\"urn:errorcatalog:decisions:invalid-order\","
            + "\"status\":400,\"detail\":\"Order 42 is invalid\",\"code\":\"INVALID_ORDER\",\"args\":{\"orderId\":42}}"),
        ALWAYS, true, List.of(), failure(DecisionError.INVALID_ORDER, MatchKind.CODE, Map.of("orderId", "42"), null)));
    return List.copyOf(cases);
  }

  private static DecisionCase row(String name, String rule, Reply reply, int failures, boolean idempotent,
      List<Wait> waits, Outcome outcome) {
    return new DecisionCase(name, rule, reply, failures, idempotent, ZERO, waits, outcome);
  }

  private static Success success() {
    return new Success();
  }

  private static Failure failure(DecisionError entry, MatchKind kind, Map<String, String> args, Duration retryAfter) {
    return new Failure(entry.httpStatus(), entry, kind, DecisionException.Documented.class, args, retryAfter);
  }

  private static Failure undocumented(int status) {
    return new Failure(status, null, MatchKind.NONE, DecisionException.Response.class, Map.of(), null);
  }

  // ---- Running a row through an adapter

  /** What an adapter under test is given to build its client. */
  public record Setup(RetryAdvisor advisor, ErrorDecoder<DecisionError> decoder, TestTime time) {}

  /** A client built by the adapter under test. */
  @FunctionalInterface
  public interface Client {
    /**
     * Makes one call, retrying as the adapter does: {@code GET} when {@code idempotent}, else {@code POST}.
     *
     * @return the body of the successful response
     * @throws Exception what the adapter throws: the catalog's exception when it gives up
     */
    String call(URI uri, boolean idempotent) throws Exception;
  }

  /** Builds the client under test. */
  @FunctionalInterface
  public interface Adapter {
    Client client(Setup setup) throws Exception;
  }

  /**
   * Plays one row on a {@link LoopbackServer} and calls it through the adapter's client, with an advisor on a
   * {@link TestTime} (clock and sleeper) and a seeded random source, then {@linkplain DecisionCase#verify checks}
   * the attempts, the waits and the outcome.
   */
  public static void run(DecisionCase row, Adapter adapter) throws Exception {
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(row.name().hashCode()), time, time);
    try (LoopbackServer server = LoopbackServer.start()) {
      server.play(row.reply(), row.failures(), Reply.OK).onRequest(() -> time.advance(row.callTime()));
      Client client = adapter.client(new Setup(advisor, DecisionCatalog.INSTANCE.decoder(), time));
      String body = null;
      Throwable thrown = null;
      try {
        body = client.call(server.uri("/decisions/" + row.name()), row.idempotent());
      } catch (Exception | AssertionError e) {
        thrown = e;
      }
      row.verify(server.requests(), time.waits(), body, thrown);
      for (LoopbackServer.Request r : server.recorded()) {
        if (!r.method().equals(row.method())) {
          throw new AssertionError(row.name() + ": the client sent " + r.method() + ", expected " + row.method());
        }
      }
    }
  }
}
