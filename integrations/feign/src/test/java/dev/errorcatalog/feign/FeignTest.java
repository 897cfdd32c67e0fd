package dev.errorcatalog.feign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.clienttests.DocumentedErrors;
import dev.errorcatalog.clienttests.LoopbackTest;
import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionException;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.SlackLike;
import dev.errorcatalog.testkit.TestTime;
import feign.Feign;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.RetryableException;
import feign.Retryer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feign's default client on loopback with {@link CatalogErrorDecoder}, under every retryer a Feign user may have:
 * {@link CatalogRetryer} (the decision table), Feign's own {@code Retryer.Default} and {@code NEVER_RETRY} (no
 * catalog retries: the typed exception of the first error response), and {@link CatalogRetryer} inside the runtime's
 * retry loop (switched off: the outer loop follows the table). No {@code ExceptionPropagationPolicy}: Feign's default.
 */
class FeignTest extends LoopbackTest {

  /** A Feign interface for the test server's paths. */
  interface Api {
    @RequestLine("GET /{dir}/{name}")
    String get(@Param("dir") String dir, @Param("name") String name);

    @RequestLine("POST /{dir}/{name}")
    @Headers("Content-Type: application/json")
    String post(@Param("dir") String dir, @Param("name") String name, String body);
  }

  private static Api api(URI uri, ErrorDecoder<?> decoder, RetryAdvisor advisor, Retryer retryer) {
    CatalogErrorDecoder errors = new CatalogErrorDecoder(decoder, advisor);
    return Feign.builder()
        .errorDecoder(errors)
        .responseInterceptor(errors.errorsAtSuccessStatus())
        .retryer(retryer)
        .target(Api.class, "http://" + uri.getAuthority());
  }

  private static String call(Api api, URI uri, boolean idempotent) {
    String[] path = uri.getPath().split("/");
    return idempotent ? api.get(path[1], path[2]) : api.post(path[1], path[2], "{\"order\":1}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void catalogRetryerDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) ->
        call(api(uri, setup.decoder(), setup.advisor(), new CatalogRetryer(setup.advisor())), uri, idempotent));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void catalogRetryerInsideTheRuntimesLoopIsSwitchedOffAndTheLoopDecidesAsTheTableSays(DecisionCase row)
      throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) -> setup.advisor().retry(idempotent, () ->
        call(api(uri, setup.decoder(), setup.advisor(), new CatalogRetryer(setup.advisor())), uri, idempotent)));
  }

  /** Feign's own retryers: the rows with every retryer. */
  static Stream<Arguments> rowsWithFeignsRetryers() {
    return DecisionTable.cases().stream().flatMap(row -> Stream.of(
        Arguments.of(row, "Retryer.Default", new Retryer.Default(1, 1, 5)),
        Arguments.of(row, "NEVER_RETRY", Retryer.NEVER_RETRY)));
  }

  /**
   * With Feign's own retryer, no catalog retries: every row ends at its first response, with the typed exception the
   * catalog's decoder makes of that response (never Feign's {@code RetryableException}); the advisor's decision on it.
   */
  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("rowsWithFeignsRetryers")
  void feignsOwnRetryerThrowsTheTypedExceptionOfTheFirstResponse(DecisionCase row, String name, Retryer retryer) {
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(1), time, time);
    try (LoopbackServer server = LoopbackServer.start()) {
      server.play(row.reply(), row.failures(), Reply.OK);
      URI uri = server.uri("/decisions/" + row.name());
      RuntimeException thrown = assertThrows(RuntimeException.class,
          () -> call(api(uri, DecisionCatalog.INSTANCE.decoder(), advisor, retryer), uri, row.idempotent()));
      DecodedError<?> first = DecisionCatalog.INSTANCE.decoder()
          .decode(row.reply().status(), row.reply().allHeaders(), row.reply().wire());
      DecisionException typed = assertInstanceOf(DecisionException.class, thrown, row.name());
      assertEquals(first.toException().getClass(), typed.getClass());
      assertEquals(first.entry(), typed.error().map(Function.identity()));
      assertEquals(first.args(), typed.args());
      assertEquals(1, server.requests(), "one request");
      assertEquals(List.of(), time.waits());
      RetryAdvice advice = typed.retryAdvice().orElseThrow();
      assertFalse(advice.byRetryLayer());
      assertEquals(1, advice.attempt());
      assertEquals(row.idempotent(), advice.idempotent());
      assertEquals(advisor.advise(typed, 1, row.idempotent(), Duration.ZERO).retry(), advice.retry());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void everyDocumentedErrorIsThrownTyped(DocumentedErrors.Case error) {
    server.always(error.reply());
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(3), time, time);
    URI uri = server.uri("/documented/" + error.entry().name());
    error.verify(assertThrows(RuntimeException.class,
        () -> call(api(uri, error.decoder(), advisor, new CatalogRetryer(advisor)), uri, true)));
    // Feign's own retryers: the same exception at the first response, Feign's default propagation
    error.verify(assertThrows(RuntimeException.class,
        () -> call(api(uri, error.decoder(), advisor, Retryer.NEVER_RETRY), uri, false)));
    error.verify(assertThrows(RuntimeException.class,
        () -> call(api(uri, error.decoder(), advisor, new Retryer.Default(1, 1, 5)), uri, true)));
  }

  /** Records what Feign hands its retryer, and never retries. */
  private static final class Recording implements Retryer {
    RetryableException seen;

    @Override
    public void continueOrPropagate(RetryableException e) {
      seen = e;
      throw e;
    }

    @Override
    public Retryer clone() {
      return this;
    }
  }

  @Test
  void aRetryerOfAnotherKindSeesNoCatalogErrorTheAdviceTravelsWithTheTypedException() {
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(3), time, time);
    server.always(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "2"));
    Recording recording = new Recording();
    URI uri = server.uri("/orders/1");
    DecisionException.Documented typed = assertInstanceOf(DecisionException.Documented.class, assertThrows(
        RuntimeException.class, () -> call(api(uri, DecisionCatalog.INSTANCE.decoder(), advisor, recording), uri, false)));
    assertEquals(Duration.ofSeconds(2), typed.retryAfter().orElseThrow());
    assertNull(recording.seen, "Feign's retryer never sees a catalog error");
    RetryAdvice advice = typed.retryAdvice().orElseThrow();
    assertTrue(advice.retry());
    assertEquals(Duration.ofSeconds(2), advice.decision().delay());
  }

  @Test
  void catalogRetryerGivesUpWithTheTypedExceptionMarkedAsRetried() {
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(3), time, time);
    server.always(Reply.empty(503));
    URI uri = server.uri("/busy/1");
    int before = server.requests();
    DecisionException typed = assertInstanceOf(DecisionException.class, assertThrows(RuntimeException.class,
        () -> call(api(uri, DecisionCatalog.INSTANCE.decoder(), advisor, new CatalogRetryer(advisor)), uri, true)));
    RetryAdvice advice = typed.retryAdvice().orElseThrow();
    assertTrue(advice.byRetryLayer());
    assertFalse(advice.retry());
    assertEquals(advice.attempt(), server.requests() - before);
    assertEquals(4, advice.attempt(), "the entry's attempts: " + advice);
  }

  static Stream<Arguments> retryersForSuccessStatusErrors() {
    return Stream.of(Arguments.of("CatalogRetryer", true), Arguments.of("NEVER_RETRY", false));
  }

  /** An API answering errors with 200 ({@code error: true} shapes): typed through the response interceptor. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("retryersForSuccessStatusErrors")
  void errorsAtASuccessStatusAreTyped(String name, boolean catalogRetryer) {
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(3), time, time);
    Retryer retryer = catalogRetryer ? new CatalogRetryer(advisor) : Retryer.NEVER_RETRY;
    try (LoopbackServer server = LoopbackServer.start()) {
      URI uri = server.uri("/slack/post");
      server.always(SlackLike.CHANNEL_NOT_FOUND_REPLY);
      CatalogException e = assertInstanceOf(SlackLike.SlackLikeException.class, assertThrows(RuntimeException.class,
          () -> call(api(uri, SlackLike.DECODER, advisor, retryer), uri, false)));
      assertEquals(SlackLike.CHANNEL_NOT_FOUND, e.error().orElseThrow());
      assertEquals(200, e.status());
      assertEquals(1, server.requests());

      // a throttled error at 200, then {"ok": true}: retried by CatalogRetryer after Retry-After, else typed
      server.play(SlackLike.RATELIMITED_REPLY, 1, Reply.OK);
      if (catalogRetryer) {
        assertEquals(Reply.OK.text(), call(api(uri, SlackLike.DECODER, advisor, retryer), uri, false));
        assertEquals(List.of(Duration.ofSeconds(1)), time.waits());
      } else {
        CatalogException limited = assertInstanceOf(SlackLike.SlackLikeException.class, assertThrows(
            RuntimeException.class, () -> call(api(uri, SlackLike.DECODER, advisor, retryer), uri, false)));
        assertEquals(SlackLike.RATELIMITED, limited.error().orElseThrow());
        assertTrue(limited.retryAdvice().orElseThrow().retry());
      }
      // a success body at 200 is decoded by Feign's decoder from the bytes the interceptor read
      server.always(Reply.OK);
      assertEquals(Reply.OK.text(), call(api(uri, SlackLike.DECODER, advisor, retryer), uri, true));
      assertTrue(Objects.nonNull(server.recorded()));
    }
  }

  /**
   * A call CatalogRetryer ran that succeeded leaves nothing behind on the thread (the response interceptor disarms
   * it): a later call by a client without CatalogRetryer, on the same thread and the default advisor, still gets the
   * typed exception, not Feign's RetryableException.
   */
  @Test
  void aSucceededCatalogRetryerCallLeavesNothingForTheNextClientOnTheThread() {
    try (LoopbackServer server = LoopbackServer.start()) {
      URI uri = server.uri("/orders/1");
      CatalogErrorDecoder withRetryer = new CatalogErrorDecoder(DecisionCatalog.INSTANCE.decoder());
      Api retrying = Feign.builder().errorDecoder(withRetryer).responseInterceptor(withRetryer.errorsAtSuccessStatus())
          .retryer(new CatalogRetryer()).target(Api.class, "http://" + uri.getAuthority());
      Api plain = Feign.builder().errorDecoder(new CatalogErrorDecoder(DecisionCatalog.INSTANCE.decoder()))
          .retryer(Retryer.NEVER_RETRY).target(Api.class, "http://" + uri.getAuthority());
      server.always(Reply.OK);
      assertEquals(Reply.OK.text(), call(retrying, uri, true));
      server.always(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "1"));
      assertInstanceOf(DecisionException.Documented.class, assertThrows(RuntimeException.class,
          () -> call(plain, uri, false)));
    }
  }
}
