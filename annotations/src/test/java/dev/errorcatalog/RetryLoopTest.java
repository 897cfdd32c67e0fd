package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.DecisionException;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.TestTime;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runtime's one retry loop ({@link RetryAdvisor#retry}, {@link RetryAdvisor#retryAsync}) around a client that
 * only decodes (plain {@code java.net.http}, the body read as bytes), over the decision table; the advice it records
 * on the exception; the listener hook.
 */
class RetryLoopTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static Stream<DecisionCase> rows() {
    return DecisionTable.cases().stream();
  }

  private static HttpRequest request(URI uri, boolean idempotent) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    return (idempotent ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString("{}"))).build();
  }

  /** One attempt that throws the typed exception of an error response. */
  private static String once(URI uri, boolean idempotent, ErrorDecoder<?> decoder)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> r = HTTP.send(request(uri, idempotent), BodyHandlers.ofByteArray());
    if (decoder.errorsAt(r.statusCode())) {
      DecodedError<?> d = decoder.decode(r.statusCode(), r.headers().map(), r.body());
      if (d.isError()) {
        throw d.toException();
      }
    }
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theSyncLoopDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) ->
        setup.advisor().retry(idempotent, () -> once(uri, idempotent, setup.decoder())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theAsyncLoopDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) -> setup.advisor().retryAsync(idempotent,
            () -> HTTP.sendAsync(request(uri, idempotent), BodyHandlers.ofByteArray()).thenApply(r -> {
              DecodedError<?> d = setup.decoder().decode(r.statusCode(), r.headers().map(), r.body());
              if (d.isError()) {
                throw d.toException();
              }
              return new String(r.body(), StandardCharsets.UTF_8);
            }))
        .get(10, TimeUnit.SECONDS));
  }

  private static DecisionException failure(int status, String body, String retryAfter) {
    Map<String, List<String>> headers = retryAfter == null ? Map.of() : Map.of("Retry-After", List.of(retryAfter));
    return (DecisionException) DecisionCatalog.INSTANCE.decoder()
        .decode(status, headers, body.getBytes(StandardCharsets.UTF_8)).toException();
  }

  private static RetryAdvisor advisor(TestTime time) {
    return new RetryAdvisor(new SplittableRandom(1), time, time);
  }

  @Test
  void theAdviceTravelsWithTheExceptionAndTheListenerHearsEveryStep() throws Exception {
    List<String> heard = new CopyOnWriteArrayList<>();
    CatalogListener listener = new CatalogListener() {
      @Override
      public void retryDecided(CatalogException failure, RetryAdvice advice) {
        heard.add("decided " + failure.error().map(CatalogError::name).orElse("-") + " #" + advice.attempt() + " "
            + (advice.retry() ? "retry" : "stop"));
      }

      @Override
      public void callEnded(CatalogException lastFailure, Outcome outcome, int attempts) {
        heard.add("ended " + outcome + " after " + attempts);
      }
    };
    TestTime time = new TestTime();
    try (CatalogListeners.Registration r = CatalogListeners.register(listener)) {
      DecisionException e = assertThrows(DecisionException.class, () -> advisor(time).retry(true, () -> {
        throw failure(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}", "1");
      }));
      RetryAdvice advice = e.retryAdvice().orElseThrow();
      assertTrue(advice.byRetryLayer());
      assertFalse(advice.retry());
      assertEquals(3, advice.attempt());
      assertEquals(List.of("decided RATE_LIMITED #1 retry", "decided RATE_LIMITED #2 retry",
          "decided RATE_LIMITED #3 stop", "ended FAILED after 3"), heard);

      heard.clear();
      AtomicInteger calls = new AtomicInteger();
      assertEquals("ok", advisor(time).retry(false, () -> {
        if (calls.incrementAndGet() == 1) {
          throw failure(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}", "1");
        }
        return "ok";
      }));
      assertEquals(List.of("decided RATE_LIMITED #1 retry", "ended RECOVERED after 2"), heard);
    }
    heard.clear();
    assertThrows(DecisionException.class, () -> advisor(time).retry(true, () -> {
      throw failure(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 1 is invalid\"}", null);
    }));
    assertEquals(List.of(), heard, "a closed registration hears nothing");
  }

  @Test
  void anExceptionAnInnerRetryLayerGaveUpWithIsNotRetriedAgain() {
    TestTime time = new TestTime();
    AtomicInteger calls = new AtomicInteger();
    DecisionException e = assertThrows(DecisionException.class, () -> advisor(time).retry(true, () -> {
      calls.incrementAndGet();
      assertTrue(RetryAdvisor.insideRetryLayer());
      // what an inner catalog retry layer (e.g. Feign's CatalogRetryer) throws when it stops
      return advisor(time).retry(true, () -> {
        throw failure(503, "", null);
      });
    }));
    assertEquals(DecisionError.BUSY, e.error().orElseThrow());
    assertEquals(1, calls.get(), "the outer loop made one attempt");
    assertFalse(RetryAdvisor.insideRetryLayer());
  }

  @Test
  void theTypedExceptionIsUnwrappedFromAnIoExceptionAndThrownAsItIs() {
    TestTime time = new TestTime();
    DecisionException typed = failure(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 1 is invalid\"}", null);
    assertSame(typed, assertThrows(DecisionException.class, () -> advisor(time).retry(true, () -> {
      throw new IOException("body handler", typed);
    })));
    IOException io = new IOException("connection reset");
    assertSame(io, assertThrows(IOException.class, () -> advisor(time).retry(true, () -> {
      throw io;
    })), "an I/O error is not retried, thrown as it is");
    CompletableFuture<String> failed = advisor(time).retryAsync(true,
        () -> CompletableFuture.failedFuture(new java.util.concurrent.CompletionException(typed)));
    assertSame(typed, assertThrows(java.util.concurrent.ExecutionException.class, failed::get).getCause());
  }
}
