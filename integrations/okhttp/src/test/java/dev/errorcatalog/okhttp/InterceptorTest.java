package dev.errorcatalog.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.clienttests.DocumentedErrors;
import dev.errorcatalog.clienttests.LoopbackTest;
import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.SlackLike;
import dev.errorcatalog.testkit.TestTime;
import java.io.IOException;
import java.net.URI;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CatalogInterceptor} on an existing client: plain {@code newCall(...).execute()} and {@code enqueue} get
 * the typed exception (as the cause of a {@link CatalogIOException}) and the advisor's retries.
 */
class InterceptorTest extends LoopbackTest {

  static OkHttpClient with(CatalogInterceptor interceptor) {
    return OkHttpTest.CLIENT.newBuilder().addInterceptor(interceptor).build();
  }

  /** {@code execute()}, with README's one-line unwrap. */
  static String execute(OkHttpClient client, URI uri, boolean idempotent) throws IOException {
    try (Response ok = client.newCall(OkHttpTest.request(uri, idempotent)).execute()) {
      return ok.body().string();
    } catch (CatalogIOException e) {
      throw e.getCause();
    }
  }

  /** {@code enqueue}: the callback's {@code IOException} is checked to carry the typed exception, then unwrapped. */
  static CompletableFuture<String> enqueue(OkHttpClient client, URI uri, boolean idempotent) {
    CompletableFuture<String> result = new CompletableFuture<>();
    client.newCall(OkHttpTest.request(uri, idempotent)).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        if (e instanceof CatalogIOException catalog) {
          result.completeExceptionally(catalog.getCause());
        } else {
          result.completeExceptionally(new AssertionError("onFailure got " + e, e));
        }
      }

      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          result.complete(response.body().string());
        } catch (IOException e) {
          result.completeExceptionally(e);
        }
      }
    });
    return result;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void executeDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) ->
        execute(with(CatalogInterceptor.retrying(setup.decoder(), setup.advisor())), uri, idempotent));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void enqueueDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) ->
        enqueue(with(CatalogInterceptor.retrying(setup.decoder(), setup.advisor())), uri, idempotent)
            .get(10, TimeUnit.SECONDS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void everyDocumentedErrorIsTheCauseTyped(DocumentedErrors.Case error) {
    server.always(error.reply());
    URI uri = server.uri("/documented/" + error.entry().name());
    OkHttpClient client = with(CatalogInterceptor.of(error.decoder()));
    error.verify(assertThrows(CatalogException.class, () -> execute(client, uri, false)));
    error.verify(assertThrows(ExecutionException.class, () -> enqueue(client, uri, true).get(10, TimeUnit.SECONDS)));
  }

  @Test
  void anErrorAtTwoHundredIsTypedAndASuccessBodyGoesOnIntact() throws Exception {
    OkHttpClient client = with(CatalogInterceptor.of(SlackLike.DECODER));
    server.always(Reply.json(200, SlackLike.CHANNEL_NOT_FOUND_BODY));
    CatalogException e = assertThrows(CatalogException.class, () -> execute(client, server.uri("/slack/a"), true));
    assertEquals(SlackLike.CHANNEL_NOT_FOUND, e.error().orElseThrow());
    assertEquals(200, e.status());
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> enqueue(client, server.uri("/slack/b"), true).get(10, TimeUnit.SECONDS));
    assertEquals(SlackLike.CHANNEL_NOT_FOUND, ((CatalogException) async.getCause()).error().orElseThrow());
    server.always(Reply.json(200, SlackLike.SUCCESS_BODY));
    assertEquals(SlackLike.SUCCESS_BODY, execute(client, server.uri("/slack/c"), true));
    assertEquals(SlackLike.SUCCESS_BODY, enqueue(client, server.uri("/slack/d"), true).get(10, TimeUnit.SECONDS));
  }

  @Test
  void anErrorAtTwoHundredIsTypedThroughCatalogCallsToo() throws Exception {
    CatalogCalls calls = CatalogCalls.of(OkHttpTest.CLIENT, SlackLike.DECODER);
    server.always(Reply.json(200, SlackLike.CHANNEL_NOT_FOUND_BODY));
    CatalogException e = assertThrows(CatalogException.class,
        () -> calls.execute(OkHttpTest.request(server.uri("/slack/calls"), true)));
    assertEquals(SlackLike.CHANNEL_NOT_FOUND, e.error().orElseThrow());
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> calls.executeAsync(OkHttpTest.request(server.uri("/slack/calls"), true)).get(10, TimeUnit.SECONDS));
    assertEquals(SlackLike.CHANNEL_NOT_FOUND, ((CatalogException) async.getCause()).error().orElseThrow());
    server.always(Reply.json(200, SlackLike.SUCCESS_BODY));
    try (Response ok = calls.execute(OkHttpTest.request(server.uri("/slack/fine"), true))) {
      assertEquals(SlackLike.SUCCESS_BODY, ok.body().string(), "a success body read to decide goes on as the same bytes");
    }
    TestTime time = new TestTime();
    server.always(Reply.json(200, SlackLike.RATELIMITED_BODY));
    int before = server.requests();
    assertThrows(CatalogException.class, () -> CatalogCalls.retrying(OkHttpTest.CLIENT, SlackLike.DECODER,
        new RetryAdvisor(new SplittableRandom(4), time, time)).execute(OkHttpTest.request(server.uri("/slack/r"), true)));
    assertEquals(3, server.requests() - before, "the entry's 3 attempts");
  }

  @Test
  void aThrottledErrorAtTwoHundredIsRetriedAsItsEntrySays() {
    TestTime time = new TestTime();
    OkHttpClient client = with(CatalogInterceptor.retrying(SlackLike.DECODER,
        new RetryAdvisor(new SplittableRandom(1), time, time)));
    server.always(Reply.json(200, SlackLike.RATELIMITED_BODY));
    int before = server.requests();
    CatalogException e = assertThrows(CatalogException.class, () -> execute(client, server.uri("/slack/r"), true));
    assertEquals(SlackLike.RATELIMITED, e.error().orElseThrow());
    assertEquals(3, server.requests() - before, "the entry's 3 attempts");
    assertEquals(2, time.waits().size());
  }

  /** README's "Responses the catalog does not document": an HTML 502 on a GET, 5 attempts, waits below 1, 2, 4, 8 s. */
  @Test
  void anUndocumentedHtml502OnAGetIsRetriedAsReadmeSays() {
    TestTime time = new TestTime();
    OkHttpClient client = with(CatalogInterceptor.retrying(DecisionCatalog.INSTANCE.decoder(),
        new RetryAdvisor(new SplittableRandom(7), time, time)));
    server.always(Reply.of(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));
    int before = server.requests();
    CatalogException e = assertThrows(CatalogException.class, () -> execute(client, server.uri("/html/502"), true));
    assertTrue(e.error().isEmpty(), "undocumented");
    assertEquals(5, server.requests() - before);
    java.util.List<java.time.Duration> waits = time.waits();
    assertEquals(4, waits.size());
    for (int i = 0; i < 4; i++) {
      assertTrue(waits.get(i).compareTo(java.time.Duration.ofSeconds(1L << i)) < 0, waits.toString());
    }
    server.always(Reply.of(502, "text/html", "<html></html>"));
    before = server.requests();
    assertThrows(CatalogException.class, () -> execute(client, server.uri("/html/502"), false));
    assertEquals(1, server.requests() - before, "a POST is not retried");
  }

  @Test
  void aOneShotBodyIsNeverSentTwice() {
    TestTime time = new TestTime();
    OkHttpClient client = with(CatalogInterceptor.retrying(DecisionCatalog.INSTANCE.decoder(),
        new RetryAdvisor(new SplittableRandom(7), time, time)));
    server.always(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "1"));
    okhttp3.RequestBody oneShot = new okhttp3.RequestBody() {
      @Override public okhttp3.MediaType contentType() { return okhttp3.MediaType.get("application/json"); }
      @Override public boolean isOneShot() { return true; }
      @Override public void writeTo(okio.BufferedSink sink) throws IOException { sink.writeUtf8("{}"); }
    };
    int before = server.requests();
    CatalogException e = assertThrows(CatalogException.class, () -> {
      try (Response r = client.newCall(new okhttp3.Request.Builder().url(server.uri("/oneshot").toString())
          .post(oneShot).build()).execute()) {
        throw new AssertionError("no error: " + r);
      } catch (CatalogIOException failure) {
        throw failure.getCause();
      }
    });
    assertSame(DecisionError.RATE_LIMITED, e.error().orElseThrow());
    assertEquals(1, server.requests() - before, "a throttled POST is retried, but not with a one-shot body");
    assertEquals(java.util.List.of(), time.waits());
  }

  @Test
  void asANetworkInterceptorItRefusesToRun() {
    OkHttpClient client = OkHttpTest.CLIENT.newBuilder()
        .addNetworkInterceptor(CatalogInterceptor.of(DecisionCatalog.INSTANCE.decoder())).build();
    server.always(Reply.OK);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> execute(client, server.uri("/network/x"), true));
    assertTrue(e.getMessage().contains("addInterceptor"), e.getMessage());
  }

  @Test
  void catalogCallsRefusesToRetryOverTheInterceptorAndUnwrapsWithout() throws Exception {
    OkHttpClient client = with(CatalogInterceptor.of(DecisionCatalog.INSTANCE.decoder()));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> CatalogCalls.retrying(client, DecisionCatalog.INSTANCE.decoder(), new RetryAdvisor()));
    assertTrue(refused.getMessage().contains("retries would multiply"), refused.getMessage());
    server.always(Reply.json(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 5 is invalid\"}"));
    CatalogCalls calls = CatalogCalls.of(client, DecisionCatalog.INSTANCE.decoder());
    CatalogException e = assertThrows(CatalogException.class,
        () -> calls.execute(OkHttpTest.request(server.uri("/calls/a"), true)));
    assertSame(DecisionError.INVALID_ORDER, e.error().orElseThrow());
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> calls.executeAsync(OkHttpTest.request(server.uri("/calls/b"), true)).get(10, TimeUnit.SECONDS));
    assertInstanceOf(CatalogException.class, async.getCause());
  }

  @Test
  void unwrapFindsTheTypedExceptionInsideWrappers() {
    CatalogException typed = DecisionCatalog.INSTANCE.decoder().decode(404, "").toException();
    assertSame(typed, CatalogIOException.unwrap(new java.util.concurrent.CompletionException(
        new CatalogIOException(typed))));
    IOException other = new IOException("reset");
    assertSame(other, CatalogIOException.unwrap(other));
  }
}
