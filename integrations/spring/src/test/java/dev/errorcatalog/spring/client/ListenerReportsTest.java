package dev.errorcatalog.spring.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListener;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionException;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.TestTime;
import java.net.URI;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The starter's RestClient retry interceptor and status handler report to the runtime's listener hook, once each. */
class ListenerReportsTest {

  @Test
  void eachErrorDecisionAndOutcomeIsReportedOnce() {
    List<String> heard = new CopyOnWriteArrayList<>();
    CatalogListener listener = new CatalogListener() {
      @Override
      public void decoded(DecodedError<?> error) {
        heard.add("decoded " + error.entry().map(CatalogError::name).orElse("-"));
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
    TestTime time = new TestTime();
    CatalogDecoding decoding = CatalogDecoding.of(List.of(DecisionCatalog.INSTANCE));
    RestClient client = RestClient.builder()
        .defaultStatusHandler(new CatalogResponseErrorHandler(decoding))
        .requestInterceptor(new CatalogRetryInterceptor(decoding,
            new RetryAdvisor(new SplittableRandom(1), time, time), Idempotency.BY_METHOD))
        .build();
    try (LoopbackServer server = LoopbackServer.start();
        CatalogListeners.Registration r = CatalogListeners.register(listener)) {
      URI uri = server.uri("/busy/1");
      server.always(Reply.empty(503));
      DecisionException e =
          assertThrows(DecisionException.class, () -> client.get().uri(uri).retrieve().body(String.class));
      assertEquals(List.of("decoded BUSY", "decided #1 retry", "decoded BUSY", "decided #2 retry", "decoded BUSY",
          "decided #3 retry", "decoded BUSY", "decided #4 stop", "ended FAILED 4"), heard);
      // The runtime's loop decided: its decision travels with the exception the status handler throws.
      RetryAdvice advice = e.retryAdvice().orElseThrow();
      assertEquals(4, advice.attempt());
      org.junit.jupiter.api.Assertions.assertTrue(advice.byRetryLayer());

      heard.clear();
      server.play(Reply.empty(503), 1, Reply.OK);
      assertEquals(Reply.OK.text(), client.get().uri(uri).retrieve().body(String.class));
      assertEquals(List.of("decoded BUSY", "decided #1 retry", "ended RECOVERED 2"), heard);
    }
  }
}
