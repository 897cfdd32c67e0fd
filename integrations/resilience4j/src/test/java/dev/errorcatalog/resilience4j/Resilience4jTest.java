package dev.errorcatalog.resilience4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogBodyHandler;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.clienttests.DocumentedErrors;
import dev.errorcatalog.clienttests.LoopbackTest;
import dev.errorcatalog.testkit.ClockScheduler;
import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.DecisionException;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.TestTime;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resilience4j's own Retry running the calls (java.net.http to the loopback server) with {@link CatalogRetry}'s
 * config: the asynchronous Retry over the whole decision table, its waits scheduled on a scheduler that moves the
 * test clock; the synchronous Retry, which sleeps itself, with short real delays.
 */
class Resilience4jTest extends LoopbackTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static HttpRequest request(URI uri, boolean idempotent) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    return (idempotent ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString("{}"))).build();
  }

  /** One attempt, asynchronous: the stage fails with the catalog's exception of an error response. */
  private static Supplier<CompletionStage<String>> async(URI uri, boolean idempotent, ErrorDecoder<?> decoder) {
    return () -> HTTP.sendAsync(request(uri, idempotent), CatalogBodyHandler.of(decoder, BodyHandlers.ofString()))
        .thenApply(HttpResponse::body);
  }

  /** One attempt, blocking: throws the catalog's exception of an error response. */
  private static Supplier<String> blocking(URI uri, boolean idempotent, ErrorDecoder<?> decoder) {
    return () -> {
      try {
        HttpResponse<byte[]> r = HTTP.send(request(uri, idempotent), BodyHandlers.ofByteArray());
        if (r.statusCode() >= 400) {
          throw decoder.decode(r.statusCode(), r.headers().map(), r.body()).toException();
        }
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theAsyncRetryDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) -> {
      ClockScheduler scheduler = new ClockScheduler(setup.time());
      try {
        Retry retry = Retry.of(row.name(), CatalogRetry.config());
        return CatalogRetry.of(setup.advisor())
            .decorateCompletionStage(retry, scheduler, idempotent, async(uri, idempotent, setup.decoder()))
            .get().toCompletableFuture().get(10, TimeUnit.SECONDS);
      } finally {
        scheduler.shutdownNow();
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void everyDocumentedErrorEndsInItsTypedException(DocumentedErrors.Case error) {
    server.always(error.reply());
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(9), time, time);
    ClockScheduler scheduler = new ClockScheduler(time);
    try {
      URI uri = server.uri("/documented/" + error.entry().name());
      error.verify(assertThrows(ExecutionException.class, () -> CatalogRetry.of(advisor)
          .decorateCompletionStage(Retry.of("documented", CatalogRetry.config()), scheduler, true,
              async(uri, true, error.decoder()))
          .get().toCompletableFuture().get(10, TimeUnit.SECONDS)));
    } finally {
      scheduler.shutdownNow();
    }
  }

  /** The synchronous Retry with its waits recorded from Resilience4j's own retry events. */
  private static String syncCall(Reply reply, int failures, boolean idempotent, List<Duration> waits) {
    server.play(reply, failures, Reply.OK);
    Retry retry = Retry.of("sync", CatalogRetry.config());
    retry.getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));
    return CatalogRetry.of(new RetryAdvisor()).decorateSupplier(retry, idempotent,
        blocking(server.uri("/sync/call"), idempotent, DecisionCatalog.INSTANCE.decoder())).get();
  }

  @Test
  void theSyncRetryWaitsTheRetryAfterThenSucceeds() {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    int before = server.requests();
    String body = syncCall(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}")
        .with("Retry-After", "1"), 1, false, waits);
    assertEquals(Reply.OK.text(), body);
    assertEquals(List.of(Duration.ofSeconds(1)), waits);
    assertEquals(before + 2, server.requests());
  }

  @Test
  void theSyncRetryBacksOffADocumentedIdempotentOnlyErrorOfAGet() {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    String body = syncCall(Reply.json(502, "{\"code\":\"UPSTREAM_FAILED\",\"message\":\"upstream billing failed\"}"),
        2, true, waits);
    assertEquals(Reply.OK.text(), body);
    assertEquals(2, waits.size());
    assertTrue(waits.get(0).compareTo(Duration.ofMillis(100)) <= 0 && waits.get(1).compareTo(Duration.ofMillis(200)) <= 0,
        waits.toString());
  }

  @Test
  void theSyncRetryNeverRetriesA502OfAPostAndThrowsTheTypedException() {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    int before = server.requests();
    DecisionException.Documented e = assertThrows(DecisionException.Documented.class, () -> syncCall(
        Reply.json(502, "{\"code\":\"UPSTREAM_FAILED\",\"message\":\"upstream billing failed\"}"), 5, false, waits));
    assertEquals(DecisionError.UPSTREAM_FAILED, e.error().orElseThrow());
    assertEquals(List.of(), waits);
    assertEquals(before + 1, server.requests());
  }

  @Test
  void theConfigRetriesOnlyAdvisedFailuresAndWaitsTheirDelay() {
    RetryConfig config = CatalogRetry.config();
    assertEquals(Integer.MAX_VALUE, config.getMaxAttempts());
    CatalogRetry.of(new RetryAdvisor());
    DecisionException failure = assertInstanceOf(DecisionException.class, DecisionCatalog.INSTANCE.decoder()
        .decode(429, java.util.Map.of("Retry-After", List.of("4")), "{\"code\":\"RATE_LIMITED\"}".getBytes(
            java.nio.charset.StandardCharsets.UTF_8)).toException());
    AdvisedFailure advised = new AdvisedFailure(failure,
        new RetryAdvisor().advise(failure, 1, false, Duration.ZERO));
    assertTrue(config.getExceptionPredicate().test(advised));
    assertEquals(4000L, CatalogRetry.<Object>interval().apply(1,
        io.github.resilience4j.core.functions.Either.left(advised)));
    assertTrue(config.getExceptionPredicate().test(failure),
        "a catalog exception thrown as it is (Resilience4j's own decorators) is retried as the advisor says");
    DecisionException invalid = assertInstanceOf(DecisionException.class, DecisionCatalog.INSTANCE.decoder()
        .decode(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 1 is invalid\"}").toException());
    assertTrue(!config.getExceptionPredicate().test(invalid), "a never entry is not retried");
    assertTrue(!config.getExceptionPredicate().test(new IllegalStateException()), "nor anything else");
  }
}
