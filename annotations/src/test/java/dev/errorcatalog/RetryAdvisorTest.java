package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryAdvisorTest {

  /** A catalog entry with the retry behaviour under test. */
  private record Entry(int httpStatus, RetryClass retryClass, RetryParameters retryParameters) implements CatalogError {
    Entry(int httpStatus, RetryClass retryClass) {
      this(httpStatus, retryClass, RetryParameters.NONE);
    }

    @Override public String catalogId() { return "test"; }
    @Override public String code() { return "E" + httpStatus; }
    @Override public String title() { return "test entry"; }
    @Override public String messageTemplate() { return ""; }
    @Override public List<String> placeholders() { return List.of(); }
    @Override public String anchor() { return "e"; }
    @Override public String format(Map<String, ?> args) { return ""; }
  }

  /** Returns the given fractions in turn, then the last one forever. */
  private static final class Fractions implements RandomGenerator {
    private final Deque<Double> next = new ArrayDeque<>();
    private double last;

    Fractions(double... values) {
      for (double v : values) {
        next.add(v);
      }
    }

    @Override
    public double nextDouble() {
      if (!next.isEmpty()) {
        last = next.poll();
      }
      return last;
    }

    @Override
    public long nextLong() {
      throw new UnsupportedOperationException("the advisor draws doubles only");
    }
  }

  /** A clock that moves only when told. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  private static final Duration NO_TIME = Duration.ZERO;

  private static RetryAdvisor advisor(double... fractions) {
    return new RetryAdvisor(new Fractions(fractions), new ManualClock());
  }

  private static DecodedError<Entry> decoded(int status, Entry entry, MatchKind kind, Duration retryAfter) {
    return new DecodedError<>(status, entry, kind, null, Map.of(), retryAfter, new byte[0]) {
      @Override
      public CatalogException toException() {
        return new CatalogException(entry, status, "failed", Map.of(), retryAfter, null) {
          private static final long serialVersionUID = 1L;
        };
      }
    };
  }

  @Test
  void backoffIsFullJitterOverADoublingCeilingWithTheDefaults() {
    RetryAdvisor advisor = advisor(0.5);
    Entry entry = new Entry(503, RetryClass.BACKOFF);
    // base 1s doubling: ceilings 1s, 2s, 4s, 8s; half of each with the random source fixed at 0.5
    assertEquals(Duration.ofMillis(500), advisor.advise(entry, null, 1, false, NO_TIME).delay());
    assertEquals(Duration.ofSeconds(1), advisor.advise(entry, null, 2, false, NO_TIME).delay());
    assertEquals(Duration.ofSeconds(2), advisor.advise(entry, null, 3, false, NO_TIME).delay());
    assertEquals(Duration.ofSeconds(4), advisor.advise(entry, null, 4, false, NO_TIME).delay());
    RetryDecision last = advisor.advise(entry, null, 5, false, NO_TIME);
    assertTrue(last.stopped(), "5 attempts in all by default");
    assertEquals(Duration.ZERO, last.delay());
    assertTrue(last.reason().contains("5 of 5 attempts"), last.reason());
  }

  @Test
  void jitterDrawsTheWholeRangeFromZeroToTheCeiling() {
    RetryAdvisor advisor = advisor(0.0, 0.25, 0.75);
    Entry entry = new Entry(503, RetryClass.BACKOFF, RetryParameters.of(Duration.ofMillis(400), null, 10, null));
    assertEquals(Duration.ZERO, advisor.advise(entry, null, 3, false, NO_TIME).delay());
    assertEquals(Duration.ofMillis(400), advisor.advise(entry, null, 3, false, NO_TIME).delay());
    assertEquals(Duration.ofMillis(1200), advisor.advise(entry, null, 3, false, NO_TIME).delay());
  }

  @Test
  void documentedBaseCapAndAttemptsOverrideTheDefaults() {
    RetryAdvisor advisor = advisor(1.0);
    Entry entry = new Entry(500, RetryClass.BACKOFF,
        RetryParameters.of(Duration.ofMillis(250), Duration.ofSeconds(1), 8, null));
    assertEquals(Duration.ofMillis(250), advisor.advise(entry, null, 1, true, NO_TIME).delay());
    assertEquals(Duration.ofMillis(500), advisor.advise(entry, null, 2, true, NO_TIME).delay());
    assertEquals(Duration.ofSeconds(1), advisor.advise(entry, null, 3, true, NO_TIME).delay());
    assertEquals(Duration.ofSeconds(1), advisor.advise(entry, null, 7, true, NO_TIME).delay(), "capped");
    assertTrue(advisor.advise(entry, null, 8, true, NO_TIME).stopped());
  }

  @Test
  void theCapHoldsForHugeAttemptNumbersWithoutOverflow() {
    Entry entry = new Entry(503, RetryClass.BACKOFF, RetryParameters.of(null, null, Integer.MAX_VALUE, null));
    assertEquals(Duration.ofSeconds(30), advisor(1.0).advise(entry, null, 1_000_000, false, NO_TIME).delay());
  }

  @Test
  void ceilingsBeyondWhatNanosecondsHoldDoNotThrow() {
    Duration huge = Duration.ofSeconds(Long.MAX_VALUE / 4);
    Entry entry = new Entry(503, RetryClass.BACKOFF, RetryParameters.of(huge, huge, 10, null));
    RetryDecision d = advisor(0.5).advise(entry, null, 3, false, NO_TIME);
    assertFalse(d.stopped());
    assertTrue(d.delay().getSeconds() > Long.MAX_VALUE / 1_000_000_000L, d.delay().toString());
    assertTrue(d.reason().contains("s"), d.reason());
  }

  @Test
  void throttledWaitsExactlyTheServersHintEvenAboveTheCap() {
    RetryAdvisor advisor = advisor(0.1);
    Entry entry = new Entry(429, RetryClass.THROTTLED);
    RetryDecision d = advisor.advise(entry, Duration.ofSeconds(45), 1, false, NO_TIME);
    assertTrue(d.retry());
    assertEquals(Duration.ofSeconds(45), d.delay());
    assertTrue(d.reason().contains("server asked to wait 45s"), d.reason());
  }

  @Test
  void throttledWithoutAHintBacksOff() {
    RetryDecision d = advisor(0.5).advise(new Entry(429, RetryClass.THROTTLED), null, 2, false, NO_TIME);
    assertEquals(Duration.ofSeconds(1), d.delay());
  }

  @Test
  void throttledReadsTheHintFromTheDecodedResponse() {
    Entry entry = new Entry(429, RetryClass.THROTTLED);
    RetryDecision d = advisor(0.5).advise(decoded(429, entry, MatchKind.CODE, Duration.ofSeconds(7)), 1, false, NO_TIME);
    assertEquals(Duration.ofSeconds(7), d.delay());
  }

  @Test
  void idempotentOnlyRefusesNonIdempotentRequests() {
    Entry entry = new Entry(502, RetryClass.IDEMPOTENT_ONLY);
    RetryDecision refused = advisor(0.5).advise(entry, null, 1, false, NO_TIME);
    assertTrue(refused.stopped());
    assertTrue(refused.reason().contains("not idempotent"), refused.reason());
    assertEquals(Duration.ofMillis(500), advisor(0.5).advise(entry, null, 1, true, NO_TIME).delay());
  }

  @Test
  void delayedWaitsTheDocumentedBaseWithoutJitterThreeTimesByDefault() {
    RetryAdvisor advisor = advisor(0.01);
    Entry entry = new Entry(401, RetryClass.DELAYED, RetryParameters.of(Duration.ofSeconds(5), null, null, null));
    assertEquals(Duration.ofSeconds(5), advisor.advise(entry, null, 1, false, NO_TIME).delay());
    assertEquals(Duration.ofSeconds(5), advisor.advise(entry, null, 2, false, NO_TIME).delay());
    assertTrue(advisor.advise(entry, null, 3, false, NO_TIME).stopped());
  }

  @Test
  void delayedTakesALongerServerHint() {
    Entry entry = new Entry(401, RetryClass.DELAYED);
    assertEquals(Duration.ofSeconds(1), advisor(0.5).advise(entry, Duration.ofMillis(10), 1, false, NO_TIME).delay());
    assertEquals(Duration.ofSeconds(3), advisor(0.5).advise(entry, Duration.ofSeconds(3), 1, false, NO_TIME).delay());
  }

  @Test
  void theReasonNamesAnEntryWithoutACodeByItsName() {
    CatalogError named = new CatalogError() {
      @Override public String catalogId() { return "test"; }
      @Override public int httpStatus() { return 404; }
      @Override public String code() { return ""; }
      @Override public String name() { return "ORDER_NOT_FOUND"; }
      @Override public String title() { return "Not found"; }
      @Override public String messageTemplate() { return ""; }
      @Override public List<String> placeholders() { return List.of(); }
      @Override public RetryClass retryClass() { return RetryClass.NEVER; }
      @Override public String anchor() { return "order-not-found"; }
      @Override public String format(Map<String, ?> args) { return ""; }
    };
    RetryDecision d = advisor(0.5).advise(named, null, 1, true, NO_TIME);
    assertTrue(d.reason().startsWith("ORDER_NOT_FOUND NEVER: "), d.reason());
  }

  @Test
  void neverAndAfterActionNeverRetry() {
    for (RetryClass c : List.of(RetryClass.NEVER, RetryClass.AFTER_ACTION)) {
      RetryDecision d = advisor(0.5).advise(new Entry(400, c), Duration.ofSeconds(1), 1, true, NO_TIME);
      assertTrue(d.stopped(), c.name());
      assertTrue(d.reason().startsWith("E400 " + c), d.reason());
    }
  }

  @Test
  void theWindowStopsADelayThatWouldEndPastIt() {
    Entry entry = new Entry(503, RetryClass.BACKOFF, RetryParameters.of(null, null, 100, Duration.ofSeconds(10)));
    RetryAdvisor advisor = advisor(1.0);
    assertEquals(Duration.ofSeconds(2), advisor.advise(entry, null, 2, false, Duration.ofSeconds(8)).delay());
    RetryDecision d = advisor.advise(entry, null, 2, false, Duration.ofMillis(8001));
    assertTrue(d.stopped());
    assertTrue(d.reason().contains("10s retry window"), d.reason());
  }

  @Test
  void theWindowAlsoBoundsTheServersHint() {
    Entry entry = new Entry(429, RetryClass.THROTTLED, RetryParameters.of(null, null, null, Duration.ofMinutes(1)));
    assertTrue(advisor(0.5).advise(entry, Duration.ofMinutes(2), 1, false, NO_TIME).stopped());
  }

  @Test
  void retriesCountAttemptsAndMeasureTheWindowOnTheInjectedClock() {
    ManualClock clock = new ManualClock();
    RetryAdvisor advisor = new RetryAdvisor(new Fractions(1.0), clock);
    Entry entry = new Entry(503, RetryClass.BACKOFF, RetryParameters.of(null, null, 10, Duration.ofSeconds(5)));
    DecodedError<Entry> failure = decoded(503, entry, MatchKind.STATUS, null);
    RetryAdvisor.Retries retries = advisor.begin(false);
    RetryDecision first = retries.next(failure);
    assertEquals(Duration.ofSeconds(1), first.delay());
    clock.advance(first.delay());
    RetryDecision second = retries.next(failure);
    assertEquals(Duration.ofSeconds(2), second.delay());
    clock.advance(second.delay());
    RetryDecision third = retries.next(failure); // 3s gone, 4s more would end at 7s > 5s
    assertTrue(third.stopped(), third.toString());
    assertEquals(3, retries.failedAttempts());
  }

  @Test
  void undocumentedResponsesRetryOnlyWhenTheStatusSaysTransient() {
    RetryAdvisor advisor = advisor(0.5);
    RetryDecision tooMany = advisor.advise(decoded(429, null, MatchKind.NONE, Duration.ofSeconds(2)), 1, false, NO_TIME);
    assertEquals(Duration.ofSeconds(2), tooMany.delay());
    assertTrue(tooMany.reason().startsWith("undocumented 429 as THROTTLED"), tooMany.reason());

    assertEquals(Duration.ofMillis(500), advisor.advise(decoded(503, null, MatchKind.NONE, null), 1, true, NO_TIME).delay());
    assertTrue(advisor.advise(decoded(503, null, MatchKind.NONE, null), 1, false, NO_TIME).stopped(),
        "an undocumented 5xx may have done the work: idempotent requests only");
    assertTrue(advisor.advise(decoded(408, null, MatchKind.NONE, null), 1, true, NO_TIME).retry());
    for (int status : new int[] {400, 404, 501, 505, 200, 0}) {
      assertTrue(advisor.advise(decoded(status, null, MatchKind.NONE, null), 1, true, NO_TIME).stopped(), "" + status);
    }
  }

  @Test
  void undocumentedResponsesTakeTheParametersSetForThem() {
    DecodedError<Entry> html502 = decoded(502, null, MatchKind.NONE, null);
    // The defaults: 5 attempts, waits below 1, 2, 4, 8 s.
    RetryAdvisor defaults = advisor(0.999);
    assertEquals(RetryParameters.NONE, defaults.undocumented());
    assertTrue(defaults.advise(html502, 4, true, NO_TIME).retry());
    assertTrue(defaults.advise(html502, 5, true, NO_TIME).stopped());
    assertTrue(defaults.advise(html502, 1, true, NO_TIME).delay().compareTo(Duration.ofMillis(990)) > 0);

    RetryParameters quick = RetryParameters.of(Duration.ofMillis(200), Duration.ofMillis(300), 3, null);
    RetryAdvisor tuned = defaults.withUndocumented(quick);
    assertEquals(quick, tuned.undocumented());
    assertEquals(RetryParameters.NONE, defaults.undocumented(), "the original advisor is unchanged");
    RetryDecision first = tuned.advise(html502, 1, true, NO_TIME);
    assertTrue(first.retry());
    assertTrue(first.delay().compareTo(Duration.ofMillis(200)) < 0, first.toString());
    assertTrue(tuned.advise(html502, 2, true, NO_TIME).delay().compareTo(Duration.ofMillis(300)) < 0, "capped");
    RetryDecision third = tuned.advise(html502, 3, true, NO_TIME);
    assertTrue(third.stopped());
    assertTrue(third.reason().contains("3 of 3 attempts"), third.reason());
    assertTrue(tuned.advise(html502, 1, false, NO_TIME).stopped(), "still idempotent requests only");
    assertTrue(tuned.advise(decoded(404, null, MatchKind.NONE, null), 1, true, NO_TIME).stopped(),
        "which statuses are retried stays the rule");

    // A window, and none retried at all.
    RetryAdvisor windowed = defaults.withUndocumented(RetryParameters.of(null, null, null, Duration.ofMillis(500)));
    assertTrue(windowed.advise(html502, 1, true, Duration.ofMillis(400)).stopped(), "the window would pass");
    RetryAdvisor strict = defaults.withUndocumented(RetryParameters.of(null, null, 1, null));
    assertTrue(strict.advise(html502, 1, true, NO_TIME).stopped());
    assertTrue(strict.advise(decoded(429, null, MatchKind.NONE, Duration.ofSeconds(1)), 1, true, NO_TIME).stopped());

    // Documented entries keep their catalog's parameters (defaults here): 5 attempts.
    Entry documented = new Entry(503, RetryClass.BACKOFF);
    assertTrue(strict.advise(documented, null, 4, true, NO_TIME).retry());

    assertThrows(IllegalArgumentException.class,
        () -> defaults.withUndocumented(RetryParameters.of(null, null, 0, null)));
    assertThrows(IllegalArgumentException.class,
        () -> defaults.withUndocumented(RetryParameters.of(Duration.ZERO, null, null, null)));
  }

  /** {@link RetryAdvisor#send} over loopback: an undocumented HTML 502 takes the attempts set for it. */
  @Test
  void sendTakesTheUndocumentedAttemptsSet() throws Exception {
    dev.errorcatalog.testkit.TestTime time = new dev.errorcatalog.testkit.TestTime();
    RetryAdvisor advisor = new RetryAdvisor(null, time, time)
        .withUndocumented(RetryParameters.of(Duration.ofMillis(100), null, 2, null));
    try (dev.errorcatalog.testkit.LoopbackServer server = dev.errorcatalog.testkit.LoopbackServer.start()) {
      server.always(dev.errorcatalog.testkit.Reply.of(502, "text/html", "<html>bad gateway</html>"));
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      CatalogException e = assertThrows(CatalogException.class, () -> advisor.send(http,
          java.net.http.HttpRequest.newBuilder(server.uri("/orders/1")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString(), dev.errorcatalog.testkit.DecisionCatalog.INSTANCE.decoder()));
      assertTrue(e.error().isEmpty(), "undocumented");
      assertEquals(2, server.requests());
      assertEquals(1, time.waits().size());
      assertTrue(time.waits().get(0).compareTo(Duration.ofMillis(100)) < 0, time.waits().toString());
    }
  }

  @Test
  void aDocumentedSuccessIsNotRetried() {
    assertTrue(advisor(0.5).advise(new Entry(202, RetryClass.BACKOFF), null, 1, true, NO_TIME).stopped());
  }

  @Test
  void statusZeroEntriesFollowTheirRetryClass() {
    assertTrue(advisor(0.5).advise(new Entry(0, RetryClass.BACKOFF), null, 1, false, NO_TIME).retry());
  }

  @Test
  void adviceFromAnExceptionUsesItsEntryStatusAndHint() {
    Entry entry = new Entry(429, RetryClass.THROTTLED);
    CatalogException failure = decoded(429, entry, MatchKind.CODE, Duration.ofSeconds(9)).toException();
    assertEquals(Duration.ofSeconds(9), advisor(0.5).advise(failure, 1, false, NO_TIME).delay());
  }

  @Test
  void attemptsCountFromOne() {
    assertThrows(IllegalArgumentException.class,
        () -> advisor(0.5).advise(new Entry(503, RetryClass.BACKOFF), null, 0, false, NO_TIME));
  }

  @Test
  void decisionsReadWell() {
    assertEquals("retry in 500ms (E503 BACKOFF: attempt 2 of 5, full jitter up to 1s)",
        advisor(0.5).advise(new Entry(503, RetryClass.BACKOFF), null, 1, false, NO_TIME).toString());
    assertFalse(RetryDecision.stop("x").retry());
    assertThrows(IllegalArgumentException.class, () -> new RetryDecision(false, Duration.ofSeconds(1), "x"));
  }
}
