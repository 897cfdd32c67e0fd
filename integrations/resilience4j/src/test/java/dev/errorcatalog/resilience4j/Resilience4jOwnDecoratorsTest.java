package dev.errorcatalog.resilience4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListener;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.feign.CatalogRetryer;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.DecisionException;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.Reply;
import feign.Retryer;
import io.github.resilience4j.retry.Retry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@code Retry.of(name, CatalogRetry.config())} with Resilience4j's own decorators ({@code decorateSupplier},
 * {@code decorateCheckedSupplier}, {@code decorateCallable}), around a Feign client over loopback: Resilience4j sleeps
 * for real (its synchronous wait cannot be replaced), so the rows here are the short ones.
 */
class Resilience4jOwnDecoratorsTest {

  private static final Reply UPSTREAM =
      Reply.json(502, "{\"code\":\"UPSTREAM_FAILED\",\"message\":\"upstream billing failed\"}");

  private static FeignInsideResilience4jTest.Api feign(URI uri, Retryer retryer) {
    return FeignInsideResilience4jTest.api(uri, DecisionCatalog.INSTANCE.decoder(), new RetryAdvisor(), retryer);
  }

  @Test
  void aPermanent503IsRetriedAsTheEntrySaysThenTheTypedException() {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.empty(503));
      URI uri = server.uri("/busy/1");
      List<Duration> waits = new CopyOnWriteArrayList<>();
      Retry retry = Retry.of("orders", CatalogRetry.config());
      retry.getEventPublisher().onRetry(e -> waits.add(e.getWaitInterval()));
      Supplier<String> call = Retry.decorateSupplier(retry,
          () -> FeignInsideResilience4jTest.call(feign(uri, Retryer.NEVER_RETRY), uri, false));
      DecisionException e = assertInstanceOf(DecisionException.class, assertThrows(RuntimeException.class, call::get));
      assertEquals(DecisionError.BUSY, e.error().orElseThrow());
      assertEquals(4, server.requests(), "BUSY documents 4 attempts");
      assertEquals(3, waits.size());
      assertTrue(waits.stream().allMatch(w -> w.compareTo(Duration.ofMillis(200)) <= 0), waits.toString());
      RetryAdvice advice = e.retryAdvice().orElseThrow();
      assertTrue(advice.byRetryLayer());
      assertEquals(4, advice.attempt());
    }
  }

  @Test
  void aRetryAfterIsWaitedAndTheCallSucceeds() throws Throwable {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.play(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "1"), 1,
          Reply.OK);
      URI uri = server.uri("/orders/1");
      List<Duration> waits = new CopyOnWriteArrayList<>();
      Retry retry = Retry.of("orders", CatalogRetry.config());
      retry.getEventPublisher().onRetry(e -> waits.add(e.getWaitInterval()));
      long start = System.nanoTime();
      String body = Retry.decorateCheckedSupplier(retry,
          () -> FeignInsideResilience4jTest.call(feign(uri, Retryer.NEVER_RETRY), uri, false)).get();
      assertEquals(Reply.OK.text(), body);
      assertEquals(List.of(Duration.ofSeconds(1)), waits);
      assertTrue(System.nanoTime() - start >= 1_000_000_000L);
      assertEquals(2, server.requests());
    }
  }

  @Test
  void theIdempotencyFeignRecordedDecidesAnIdempotentOnlyEntry() throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      URI uri = server.uri("/orders/1");
      Retry retry = Retry.of("orders", CatalogRetry.config());
      server.play(UPSTREAM, 2, Reply.OK);
      Callable<String> get = Retry.decorateCallable(retry,
          () -> FeignInsideResilience4jTest.call(feign(uri, Retryer.NEVER_RETRY), uri, true));
      assertEquals(Reply.OK.text(), get.call());
      assertEquals(3, server.requests(), "a GET is retried");

      server.play(UPSTREAM, 2, Reply.OK);
      int before = server.requests();
      Callable<String> post = Retry.decorateCallable(retry,
          () -> FeignInsideResilience4jTest.call(feign(uri, Retryer.NEVER_RETRY), uri, false));
      DecisionException e = assertInstanceOf(DecisionException.class, assertThrows(RuntimeException.class, post::call));
      assertEquals(DecisionError.UPSTREAM_FAILED, e.error().orElseThrow());
      assertEquals(before + 1, server.requests(), "a POST is not");
    }
  }

  @Test
  void aCatalogRetryerInsideIsNotMultiplied() {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.empty(503));
      URI uri = server.uri("/busy/1");
      Supplier<String> call = Retry.decorateSupplier(Retry.of("orders", CatalogRetry.config()),
          () -> FeignInsideResilience4jTest.call(feign(uri, new CatalogRetryer(new RetryAdvisor())), uri, false));
      // (with its own advisor, not the decoder's: the retryer is not armed, Resilience4j retries alone)
      assertInstanceOf(DecisionException.class, assertThrows(RuntimeException.class, call::get));
      assertEquals(4, server.requests(), "4 attempts in all, not 4 x 4");
    }
  }

  @Test
  void aCatalogRetryerOnTheDecodersAdvisorRetriesAndResilience4jDoesNotRetryWhatItGaveUp() {
    RetryAdvisor advisor = new RetryAdvisor();
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.empty(503));
      URI uri = server.uri("/busy/1");
      FeignInsideResilience4jTest.Api api = FeignInsideResilience4jTest.api(uri, DecisionCatalog.INSTANCE.decoder(),
          advisor, new CatalogRetryer(advisor));
      Supplier<String> call = Retry.decorateSupplier(Retry.of("orders", CatalogRetry.config()),
          () -> FeignInsideResilience4jTest.call(api, uri, false));
      DecisionException e = assertInstanceOf(DecisionException.class, assertThrows(RuntimeException.class, call::get));
      assertEquals(4, server.requests(), "Feign's CatalogRetryer made the 4 attempts; Resilience4j added none");
      assertTrue(e.retryAdvice().orElseThrow().byRetryLayer());
    }
  }

  @Test
  void aNeverEntryIsThrownAtOnceAndTheListenerHearsTheDecisions() {
    List<String> heard = new CopyOnWriteArrayList<>();
    CatalogListener listener = new CatalogListener() {
      @Override
      public void decoded(dev.errorcatalog.DecodedError<?> error) {
        heard.add("decoded " + error.entry().map(dev.errorcatalog.CatalogError::name).orElse("-") + " "
            + error.matchKind());
      }

      @Override
      public void retryDecided(CatalogException failure, RetryAdvice advice) {
        heard.add("decided #" + advice.attempt() + " " + (advice.retry() ? "retry" : "stop"));
      }

      @Override
      public void callEnded(CatalogException lastFailure, Outcome outcome, int attempts) {
        heard.add("ended " + outcome + " " + attempts);
      }
    };
    try (LoopbackServer server = LoopbackServer.start();
        CatalogListeners.Registration r = CatalogListeners.register(listener)) {
      server.always(Reply.json(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 42 is invalid\"}"));
      URI uri = server.uri("/orders/42");
      Supplier<String> call = Retry.decorateSupplier(Retry.of("orders", CatalogRetry.config()),
          () -> FeignInsideResilience4jTest.call(feign(uri, Retryer.NEVER_RETRY), uri, true));
      DecisionException e = assertInstanceOf(DecisionException.class, assertThrows(RuntimeException.class, call::get));
      assertEquals(DecisionError.INVALID_ORDER, e.error().orElseThrow());
      assertFalse(e.retryAdvice().orElseThrow().retry());
      assertEquals(1, server.requests());
      assertEquals(List.of("decoded INVALID_ORDER CODE"), heard, "the predicate said no: no retry decision made");

      heard.clear();
      server.always(Reply.empty(503));
      assertThrows(RuntimeException.class, call::get);
      assertEquals(List.of("decoded BUSY STATUS", "decided #1 retry", "decoded BUSY STATUS", "decided #2 retry",
          "decoded BUSY STATUS", "decided #3 retry", "decoded BUSY STATUS", "decided #4 stop", "ended FAILED 4"), heard);
    }
  }
}
