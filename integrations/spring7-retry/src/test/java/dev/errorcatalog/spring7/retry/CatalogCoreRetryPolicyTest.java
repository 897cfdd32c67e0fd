package dev.errorcatalog.spring7.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogBodyHandler;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListener;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.DecisionException;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * Framework 7's {@link RetryTemplate} on {@link CatalogCoreRetryPolicy}, over loopback with java.net.http and
 * {@link CatalogBodyHandler}: the entry's attempts and delays, the typed exception at the end.
 */
class CatalogCoreRetryPolicyTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One attempt: the body, or the typed exception (README's one-line unwrap of the handler's IOException). */
  private static String get(URI uri, boolean idempotent) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    HttpRequest request = (idempotent ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString("{}"))).build();
    try {
      return HTTP.send(request, CatalogBodyHandler.of(DecisionCatalog.INSTANCE.decoder(), BodyHandlers.ofString()))
          .body();
    } catch (IOException e) {
      if (e.getCause() instanceof CatalogException typed) {
        throw typed;
      }
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aPermanent503TakesTheEntrysAttemptsThenTheTypedException() {
    RetryTemplate retry = new RetryTemplate(CatalogCoreRetryPolicy.of(new RetryAdvisor(), true));
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.empty(503));
      URI uri = server.uri("/busy/1");
      DecisionException e = assertThrows(DecisionException.class, () -> retry.invoke(() -> get(uri, true)));
      assertEquals(DecisionError.BUSY, e.error().orElseThrow());
      assertEquals(4, server.requests(), "BUSY documents 4 attempts");
      RetryAdvice advice = e.retryAdvice().orElseThrow();
      assertTrue(advice.byRetryLayer());
      assertEquals(4, advice.attempt());
      assertTrue(advice.decision().stopped());
    }
  }

  @Test
  void aRetryAfterIsWaitedThenTheCallSucceeds() {
    RetryTemplate retry = new RetryTemplate(CatalogCoreRetryPolicy.of(new RetryAdvisor(), false));
    try (LoopbackServer server = LoopbackServer.start()) {
      server.play(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "1"), 1,
          Reply.OK);
      URI uri = server.uri("/orders/1");
      long start = System.nanoTime();
      assertEquals(Reply.OK.text(), retry.invoke(() -> get(uri, false)));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis >= 1000, "the server's Retry-After is waited: " + millis + " ms");
      assertEquals(2, server.requests());
    }
  }

  @Test
  void whatTheAdvisorStopsAtIsNotRetried() {
    RetryTemplate retry = new RetryTemplate(CatalogCoreRetryPolicy.of(new RetryAdvisor(), false));
    try (LoopbackServer server = LoopbackServer.start()) {
      // NEVER; and an idempotent-only entry on a POST
      server.always(Reply.json(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 7 is invalid\"}"));
      URI uri = server.uri("/orders/7");
      DecisionException e = assertThrows(DecisionException.class, () -> retry.invoke(() -> get(uri, false)));
      assertEquals(DecisionError.INVALID_ORDER, e.error().orElseThrow());
      assertEquals(1, server.requests());
    }
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.json(502, "{\"code\":\"UPSTREAM_FAILED\",\"message\":\"upstream billing failed\"}"));
      URI uri = server.uri("/orders/7");
      DecisionException e = assertThrows(DecisionException.class, () -> retry.invoke(() -> get(uri, false)));
      assertEquals(DecisionError.UPSTREAM_FAILED, e.error().orElseThrow());
      assertEquals(1, server.requests(), "idempotent-only: a POST is not retried");
    }
  }

  @Test
  void otherFailuresAreNotRetriedAndExecuteWrapsTheTypedException() throws Exception {
    RetryPolicy policy = CatalogCoreRetryPolicy.of(new RetryAdvisor(), true);
    assertTrue(!policy.shouldRetry(new IllegalStateException("no catalog error")));
    assertTrue(!policy.shouldRetry(new IOException("connection reset")));
    RetryTemplate retry = new RetryTemplate(policy);
    List<String> heard = new CopyOnWriteArrayList<>();
    retry.setRetryListener(new RetryListener() {
      @Override
      public void beforeRetry(RetryPolicy p, Retryable<?> r) {
        heard.add("retry");
      }
    });
    try (LoopbackServer server = LoopbackServer.start();
        CatalogListeners.Registration r = CatalogListeners.register(new CatalogListener() {
          @Override
          public void retryDecided(CatalogException failure, RetryAdvice advice) {
            heard.add((advice.retry() ? "decided retry #" : "decided stop #") + advice.attempt());
          }

          @Override
          public void callEnded(CatalogException lastFailure, Outcome outcome, int attempts) {
            heard.add(outcome + " " + attempts);
          }
        })) {
      server.always(Reply.empty(503));
      URI uri = server.uri("/busy/1");
      RetryException e = assertThrows(RetryException.class, () -> retry.execute(() -> get(uri, true)));
      DecisionException typed = assertInstanceOf(DecisionException.class, e.getCause());
      assertEquals(DecisionError.BUSY, typed.error().orElseThrow());
      assertEquals(List.of("decided retry #1", "retry", "decided retry #2", "retry", "decided retry #3", "retry",
          "decided stop #4", "FAILED 4"), heard);
    }
  }

  @Test
  void anExceptionAnInnerRetryLayerGaveUpWithIsNotRetriedAgain() {
    RetryTemplate retry = new RetryTemplate(CatalogCoreRetryPolicy.of(new RetryAdvisor(), true));
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.empty(503));
      URI uri = server.uri("/busy/1");
      RetryAdvisor inner = new RetryAdvisor();
      DecisionException e = assertThrows(DecisionException.class,
          () -> retry.invoke(() -> {
            try {
              return inner.send(HTTP, HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString(),
                  DecisionCatalog.INSTANCE.decoder()).body();
            } catch (IOException | InterruptedException x) {
              throw new IllegalStateException(x);
            }
          }));
      assertEquals(4, server.requests(), "the inner layer's 4 attempts, not 4 x 4");
      assertTrue(e.retryAdvice().orElseThrow().byRetryLayer());
    }
  }

  @Test
  void aBackOffAskedWithoutAJudgedExceptionStops() {
    // Without an exception judged first (a stray call), the back-off stops.
    assertEquals(org.springframework.util.backoff.BackOffExecution.STOP,
        CatalogCoreRetryPolicy.of(new RetryAdvisor(), true).getBackOff().start().nextBackOff());
  }
}
