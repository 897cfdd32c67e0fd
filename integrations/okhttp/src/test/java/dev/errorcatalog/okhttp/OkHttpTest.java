package dev.errorcatalog.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.Sleeper;
import dev.errorcatalog.clienttests.DocumentedErrors;
import dev.errorcatalog.clienttests.LoopbackTest;
import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.TestTime;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CatalogCalls} on a real OkHttp client (transparent gzip on) against the loopback server. */
class OkHttpTest extends LoopbackTest {

  static final OkHttpClient CLIENT = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
  static Request request(URI uri, boolean idempotent) {
    Request.Builder b = new Request.Builder().url(uri.toString());
    return idempotent ? b.get().build()
        : b.post(RequestBody.create("{\"order\":1}", MediaType.get("application/json"))).build();
  }

  private static String body(Response response) throws IOException {
    try (response) {
      return response.body().string();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void executeDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) ->
        body(CatalogCalls.retrying(CLIENT, setup.decoder(), setup.advisor()).execute(request(uri, idempotent))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void executeAsyncDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) -> body(CatalogCalls.retrying(CLIENT, setup.decoder(),
        setup.advisor()).executeAsync(request(uri, idempotent)).get(10, TimeUnit.SECONDS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void everyDocumentedErrorIsThrownTyped(DocumentedErrors.Case error) {
    server.always(error.reply());
    URI uri = server.uri("/documented/" + error.entry().name());
    error.verify(assertThrows(RuntimeException.class,
        () -> CatalogCalls.of(CLIENT, error.decoder()).execute(request(uri, false))));
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(5), time, time);
    error.verify(assertThrows(ExecutionException.class, () -> CatalogCalls.retrying(CLIENT, error.decoder(), advisor)
        .executeAsync(request(uri, true)).get(10, TimeUnit.SECONDS)));
  }

  @Test
  void okHttpsTransparentGzipStaysOnAndTheDecoderSeesTheContent() throws Exception {
    Reply gzipped = Reply.json(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 3 is invalid\"}").gzipped();
    server.always(gzipped);
    RuntimeException e = assertThrows(RuntimeException.class,
        () -> CatalogCalls.of(CLIENT, DecisionCatalog.INSTANCE.decoder()).execute(request(server.uri("/gz"), true)));
    assertEquals("gzip", server.recorded().get(server.requests() - 1).headers().get("Accept-encoding").get(0),
        "OkHttp asked for gzip itself");
    assertEquals(gzipped.text(), new String(((dev.errorcatalog.CatalogException) e).rawBody(),
        java.nio.charset.StandardCharsets.UTF_8), "the raw body is the content OkHttp decompressed");
  }

  /** A sleeper whose asynchronous waits end when {@code gate} completes, and which fails any blocking wait. */
  private static Sleeper gatedBy(CompletableFuture<Void> gate) {
    return new Sleeper() {
      @Override public void sleep(Duration delay) {
        throw new AssertionError("blocking wait on an asynchronous path");
      }

      @Override public CompletableFuture<Void> after(Duration delay) {
        return gate;
      }
    };
  }

  @Test
  void executeAsyncWaitsWithoutHoldingAThread() throws Exception {
    CompletableFuture<Void> gate = new CompletableFuture<>();
    Sleeper gated = gatedBy(gate);
    server.play(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "60"),
        1, Reply.OK);
    int before = server.requests();
    CompletableFuture<Response> call = CatalogCalls.retrying(CLIENT, DecisionCatalog.INSTANCE.decoder(),
        new RetryAdvisor(null, Clock.systemUTC(), gated)).executeAsync(request(server.uri("/later"), false));
    while (server.requests() == before) {
      Thread.onSpinWait();
    }
    Thread.sleep(50);
    assertFalse(call.isDone());
    gate.complete(null);
    assertEquals(Reply.OK.text(), body(call.get(10, TimeUnit.SECONDS)));
    assertEquals(before + 2, server.requests());
  }

  @Test
  void cancellingTheFutureWhileItWaitsStartsNoFurtherAttempt() throws Exception {
    CompletableFuture<Void> gate = new CompletableFuture<>();
    Sleeper gated = gatedBy(gate);
    server.always(Reply.json(503, "").with("Retry-After", "60"));
    int before = server.requests();
    CompletableFuture<Response> call = CatalogCalls.retrying(CLIENT, DecisionCatalog.INSTANCE.decoder(),
        new RetryAdvisor(null, Clock.systemUTC(), gated)).executeAsync(request(server.uri("/cancel"), true));
    while (server.requests() == before) {
      Thread.onSpinWait();
    }
    Thread.sleep(50);
    assertTrue(call.cancel(true));
    gate.complete(null);
    Thread.sleep(100);
    assertEquals(before + 1, server.requests(), "no attempt after the cancel");
  }
}
