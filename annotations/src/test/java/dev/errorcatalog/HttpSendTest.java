package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.DecisionException;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link RetryAdvisor#send}, {@link RetryAdvisor#sendAsync} and {@link CatalogBodyHandler} over real HTTP. */
class HttpSendTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static Stream<DecisionCase> rows() {
    return DecisionTable.cases().stream();
  }

  private static HttpRequest request(URI uri, boolean idempotent) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .method(idempotent ? "GET" : "POST",
            idempotent ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{\"order\":1}"))
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void sendDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) ->
        setup.advisor().send(HTTP, request(uri, idempotent), BodyHandlers.ofString(), setup.decoder()).body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void sendAsyncDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) ->
        setup.advisor().sendAsync(HTTP, request(uri, idempotent), BodyHandlers.ofString(), setup.decoder())
            .get(10, TimeUnit.SECONDS).body());
  }

  /** Waits that never block: {@code sleep} fails the test, {@code after} hands out futures the test completes. */
  private static final class Gates implements Sleeper {
    final List<CompletableFuture<Void>> gates = new ArrayList<>();
    final List<Duration> delays = new ArrayList<>();

    @Override
    public void sleep(Duration delay) {
      throw new AssertionError("an asynchronous path blocked a thread for " + delay);
    }

    @Override
    public synchronized CompletableFuture<Void> after(Duration delay) {
      CompletableFuture<Void> gate = new CompletableFuture<>();
      gates.add(gate);
      delays.add(delay);
      return gate;
    }
  }

  @Test
  void sendAsyncWaitsWithoutHoldingAThread() throws Exception {
    Gates gates = new Gates();
    RetryAdvisor advisor = new RetryAdvisor(null, Clock.systemUTC(), gates);
    try (LoopbackServer server = LoopbackServer.start()) {
      server.play(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "30"),
          1, Reply.OK);
      CompletableFuture<HttpResponse<String>> call = advisor.sendAsync(HTTP,
          request(server.uri("/orders"), false), BodyHandlers.ofString(), DecisionCatalog.INSTANCE.decoder());
      while (gates.delays.isEmpty()) {
        Thread.onSpinWait();
      }
      assertEquals(List.of(Duration.ofSeconds(30)), gates.delays);
      assertFalse(call.isDone(), "waiting for the gate, not a thread");
      assertEquals(1, server.requests());
      gates.gates.get(0).complete(null);
      assertEquals(Reply.OK.text(), call.get(10, TimeUnit.SECONDS).body());
      assertEquals(2, server.requests());
    }
  }

  @Test
  void theBodyHandlerFailsAnAsyncCallWithTheTypedExceptionAndPassesSuccessThrough() throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      Reply invalid = Reply.json(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 9 is invalid\"}");
      server.play(invalid, 1, Reply.OK);
      CatalogBodyHandler<String> handler = CatalogBodyHandler.of(DecisionCatalog.INSTANCE.decoder(), BodyHandlers.ofString());
      CompletionException failed = assertThrows(CompletionException.class,
          () -> HTTP.sendAsync(request(server.uri("/o"), true), handler).join());
      DecisionException.Documented typed = assertInstanceOf(DecisionException.Documented.class, failed.getCause());
      assertEquals(DecisionError.INVALID_ORDER, typed.error().orElseThrow());
      assertEquals(java.util.Map.of("orderId", "9"), typed.args());
      assertEquals(invalid.text(), new String(typed.rawBody(), java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(Reply.OK.text(), HTTP.sendAsync(request(server.uri("/o"), true), handler).join().body());
    }
  }

  @Test
  void theBlockingClientWrapsTheBodyHandlersExceptionInAnIoException() throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.empty(404));
      IOException wrapped = assertThrows(IOException.class, () -> HTTP.send(request(server.uri("/o"), true),
          CatalogBodyHandler.of(DecisionCatalog.INSTANCE.decoder(), BodyHandlers.ofString())));
      assertInstanceOf(DecisionException.Response.class, wrapped.getCause(),
          "HttpClient.send wraps it: README points blocking callers to RetryAdvisor.send");
    }
  }

  @Test
  void idempotentMethodsAreThoseOfRfc9110() {
    for (String m : new String[] {"GET", "head", "OPTIONS", "TRACE", "PUT", "DELETE"}) {
      assertTrue(RetryAdvisor.isIdempotent(m), m);
    }
    for (String m : new String[] {"POST", "PATCH", "CONNECT", "PROPFIND"}) {
      assertFalse(RetryAdvisor.isIdempotent(m), m);
    }
  }

  @Test
  void theSystemSleeperCompletesItsFutureAfterTheDelayAndAtOnceForZero() throws Exception {
    assertTrue(Sleeper.system().after(Duration.ZERO).isDone());
    Sleeper.system().after(Duration.ofMillis(5)).get(10, TimeUnit.SECONDS);
    Sleeper.system().sleep(Duration.ofMillis(-1));
  }
}
