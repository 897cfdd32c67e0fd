package dev.errorcatalog.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.errorcatalog.CatalogBodyHandler;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.okhttp.retrofit.CatalogCallAdapterFactory;
import dev.errorcatalog.resilience4j.CatalogRetry;
import dev.errorcatalog.testkit.ClockScheduler;
import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.SlackLike;
import dev.errorcatalog.testkit.TestTime;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * README's table "which retry layer with which client": java.net.http, OkHttp and Retrofit, each with no retry
 * layer, its own (the adapter's advisor), and Resilience4j's {@code Retry} on {@link CatalogRetry}, every
 * combination over loopback with the shared decision table and the typed exception asserted at the end. Rows
 * without a retry layer expect one attempt and the typed exception of the first reply. (Feign's rows are tested
 * in {@code integrations/feign}.)
 */
class RetryLayersTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Retrofit's interface for the rows: the body, or a future of it. */
  interface Api {
    @GET("{dir}/{name}")
    ResponseBody get(@Path("dir") String dir, @Path("name") String name);

    @POST("{dir}/{name}")
    ResponseBody post(@Path("dir") String dir, @Path("name") String name, @Body okhttp3.RequestBody body);

    @GET("{dir}/{name}")
    CompletableFuture<ResponseBody> getAsync(@Path("dir") String dir, @Path("name") String name);

    @POST("{dir}/{name}")
    CompletableFuture<ResponseBody> postAsync(@Path("dir") String dir, @Path("name") String name,
        @Body okhttp3.RequestBody body);
  }

  /** One combination: a client with a retry layer, as README shows it. */
  record Combination(String client, String layer, DecisionTable.Adapter adapter) {
    @Override
    public String toString() {
      return client + " + " + layer;
    }
  }

  static List<Combination> combinations() {
    return List.of(
        new Combination("java.net.http", "none", s -> (uri, idem) -> {
          try {
            return HTTP.send(jdk(uri, idem), CatalogBodyHandler.of(s.decoder(), BodyHandlers.ofString())).body();
          } catch (IOException e) {
            if (e.getCause() instanceof CatalogException typed) { // README's one-line unwrap
              throw typed;
            }
            throw e;
          }
        }),
        new Combination("java.net.http", "own", s -> (uri, idem) ->
            s.advisor().send(HTTP, jdk(uri, idem), BodyHandlers.ofString(), s.decoder()).body()),
        new Combination("java.net.http", "resilience4j", s -> (uri, idem) -> resilience4j(s, idem,
            () -> HTTP.sendAsync(jdk(uri, idem), CatalogBodyHandler.of(s.decoder(), BodyHandlers.ofString()))
                .thenApply(HttpResponse::body))),
        new Combination("OkHttp", "none", s -> (uri, idem) ->
            InterceptorTest.execute(InterceptorTest.with(CatalogInterceptor.of(s.decoder())), uri, idem)),
        new Combination("OkHttp", "own", s -> (uri, idem) ->
            InterceptorTest.execute(InterceptorTest.with(CatalogInterceptor.retrying(s.decoder(), s.advisor())),
                uri, idem)),
        new Combination("OkHttp", "resilience4j", s -> (uri, idem) -> {
          OkHttpClient client = InterceptorTest.with(CatalogInterceptor.of(s.decoder()));
          return resilience4j(s, idem, () -> InterceptorTest.enqueue(client, uri, idem));
        }),
        new Combination("OkHttp CatalogCalls", "none", s -> (uri, idem) ->
            text(CatalogCalls.of(OkHttpTest.CLIENT, s.decoder()).execute(OkHttpTest.request(uri, idem)))),
        new Combination("OkHttp CatalogCalls", "own", s -> (uri, idem) -> text(
            CatalogCalls.retrying(OkHttpTest.CLIENT, s.decoder(), s.advisor()).execute(OkHttpTest.request(uri, idem)))),
        new Combination("OkHttp CatalogCalls", "resilience4j", s -> (uri, idem) -> resilience4j(s, idem,
            () -> CatalogCalls.of(OkHttpTest.CLIENT, s.decoder()).executeAsync(OkHttpTest.request(uri, idem))
                .thenApply(RetryLayersTest::uncheckedText))),
        new Combination("Retrofit", "none", s -> (uri, idem) ->
            blocking(retrofit(uri, CatalogCallAdapterFactory.create(s.decoder())), uri, idem)),
        new Combination("Retrofit", "own", s -> (uri, idem) ->
            blocking(retrofit(uri, CatalogCallAdapterFactory.retrying(s.decoder(), s.advisor())), uri, idem)),
        new Combination("Retrofit", "resilience4j", s -> (uri, idem) -> {
          Api api = retrofit(uri, CatalogCallAdapterFactory.create(s.decoder()));
          return resilience4j(s, idem, () -> async(api, uri, idem));
        }));
  }

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (Combination c : combinations()) {
      for (DecisionCase row : DecisionTable.cases()) {
        all.add(Arguments.of(c, row));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void everyCombinationEndsAsTheTableSays(Combination combination, DecisionCase row) throws Exception {
    if (!combination.layer().equals("none")) {
      DecisionTable.run(row, combination.adapter());
      return;
    }
    // No retry layer: one attempt, and the typed exception the catalog makes of the first reply.
    TestTime time = new TestTime();
    try (LoopbackServer server = LoopbackServer.start()) {
      server.play(row.reply(), row.failures(), dev.errorcatalog.testkit.Reply.OK);
      DecisionTable.Client client = combination.adapter().client(new DecisionTable.Setup(
          new dev.errorcatalog.RetryAdvisor(null, time, time), DecisionCatalog.INSTANCE.decoder(), time));
      Throwable thrown = null;
      try {
        client.call(server.uri("/layers/" + row.name()), row.idempotent());
      } catch (Exception e) {
        thrown = DecisionCase.unwrap(e);
      }
      assertNotNull(thrown, row + ": no exception");
      CatalogException typed = assertInstanceOf(CatalogException.class, thrown, row::toString);
      DecodedError<?> expected = DecisionCatalog.INSTANCE.decoder().decode(row.reply().status(),
          row.reply().allHeaders(), row.reply().wire());
      assertEquals(expected.toException().getClass(), typed.getClass(), row::toString);
      assertEquals(expected.entry(), typed.error().map(e -> (Object) e), row::toString);
      assertEquals(row.reply().status(), typed.status(), row::toString);
      assertEquals(1, server.requests(), row + ": one attempt");
      assertEquals(List.of(), time.waits());
    }
  }

  /**
   * A client that retries by the catalog (the retrying interceptor, {@code CatalogCalls.retrying}, the retrying
   * Retrofit factory) inside Resilience4j's {@link CatalogRetry}: the inner one switches its retries off, so a
   * permanent 503 takes the catalog's 4 attempts (BUSY documents 4), not 4 x 4.
   */
  @org.junit.jupiter.api.Test
  void aRetryingClientInsideCatalogRetryDoesNotMultiplyItsAttempts() throws Exception {
    dev.errorcatalog.RetryAdvisor advisor = new dev.errorcatalog.RetryAdvisor();
    dev.errorcatalog.ErrorDecoder<?> decoder = DecisionCatalog.INSTANCE.decoder();
    OkHttpClient intercepted = InterceptorTest.with(CatalogInterceptor.retrying(decoder, advisor));
    Map<String, Function<URI, Supplier<String>>> clients = new java.util.LinkedHashMap<>();
    clients.put("CatalogInterceptor.retrying", uri -> () -> {
      try {
        return InterceptorTest.execute(intercepted, uri, true);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    clients.put("CatalogCalls.retrying", uri -> () -> {
      try {
        return text(CatalogCalls.retrying(OkHttpTest.CLIENT, decoder, advisor).execute(OkHttpTest.request(uri, true)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    });
    clients.put("Retrofit retrying", uri -> () -> {
      try {
        return blocking(retrofit(uri, CatalogCallAdapterFactory.retrying(decoder, advisor)), uri, true);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    for (Map.Entry<String, Function<URI, Supplier<String>>> client : clients.entrySet()) {
      try (LoopbackServer server = LoopbackServer.start()) {
        server.always(dev.errorcatalog.testkit.Reply.empty(503));
        URI uri = server.uri("/busy/1");
        Retry retry = Retry.of("busy", CatalogRetry.config(advisor));
        java.util.concurrent.atomic.AtomicInteger outerRetries = new java.util.concurrent.atomic.AtomicInteger();
        retry.getEventPublisher().onRetry(event -> outerRetries.incrementAndGet());
        Supplier<String> call = CatalogRetry.of(advisor).decorateSupplier(retry, true, client.getValue().apply(uri));
        dev.errorcatalog.testkit.DecisionException e = assertInstanceOf(
            dev.errorcatalog.testkit.DecisionException.class,
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, call::get), client.getKey());
        assertEquals(dev.errorcatalog.testkit.DecisionError.BUSY, e.error().orElseThrow(), client.getKey());
        assertEquals(4, server.requests(), client.getKey() + ": the catalog's attempts, once");
        assertEquals(3, outerRetries.get(), client.getKey() + ": the outer layer retries, the client's are off");
        dev.errorcatalog.RetryAdvice advice = e.retryAdvice().orElseThrow();
        assertEquals(4, advice.attempt(), client.getKey());
      }
    }
  }

  /**
   * The retrying interceptor, {@code CatalogCalls.retrying} and the retrying Retrofit factory run the runtime's
   * retry loop: each decision is recorded on the exception and reported to the listeners, and the call's end too.
   */
  @org.junit.jupiter.api.Test
  void theRetryingOkHttpPathsReportTheirDecisionsToTheListeners() throws Exception {
    TestTime time = new TestTime();
    dev.errorcatalog.RetryAdvisor advisor = new dev.errorcatalog.RetryAdvisor(null, time, time);
    dev.errorcatalog.ErrorDecoder<?> decoder = DecisionCatalog.INSTANCE.decoder();
    Map<String, Function<URI, CompletableFuture<String>>> clients = new java.util.LinkedHashMap<>();
    OkHttpClient intercepted = InterceptorTest.with(CatalogInterceptor.retrying(decoder, advisor));
    clients.put("CatalogInterceptor.retrying execute", uri -> CompletableFuture.supplyAsync(() -> {
      try {
        return InterceptorTest.execute(intercepted, uri, true);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }));
    clients.put("CatalogInterceptor.retrying enqueue", uri -> InterceptorTest.enqueue(intercepted, uri, true));
    clients.put("CatalogCalls.retrying executeAsync", uri -> CatalogCalls.retrying(OkHttpTest.CLIENT, decoder, advisor)
        .executeAsync(OkHttpTest.request(uri, true)).thenApply(RetryLayersTest::uncheckedText));
    clients.put("Retrofit retrying future", uri ->
        async(retrofit(uri, CatalogCallAdapterFactory.retrying(decoder, advisor)), uri, true));
    for (Map.Entry<String, Function<URI, CompletableFuture<String>>> client : clients.entrySet()) {
      List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
      try (LoopbackServer server = LoopbackServer.start();
          dev.errorcatalog.CatalogListeners.Registration r = dev.errorcatalog.CatalogListeners.register(
              new dev.errorcatalog.CatalogListener() {
                @Override
                public void decoded(DecodedError<?> error) {
                  heard.add("decoded " + error.status());
                }

                @Override
                public void retryDecided(CatalogException failure, dev.errorcatalog.RetryAdvice advice) {
                  heard.add((advice.retry() ? "retry " : "stop ") + advice.attempt());
                }

                @Override
                public void callEnded(CatalogException lastFailure, Outcome outcome, int attempts) {
                  heard.add(outcome + " " + attempts);
                }
              })) {
        server.play(dev.errorcatalog.testkit.Reply.empty(503), 2, dev.errorcatalog.testkit.Reply.OK);
        assertEquals(dev.errorcatalog.testkit.Reply.OK.text(),
            client.getValue().apply(server.uri("/busy/1")).get(10, TimeUnit.SECONDS), client.getKey());
        assertEquals(List.of("decoded 503", "retry 1", "decoded 503", "retry 2", "RECOVERED 3"), heard,
            client.getKey());
      }
    }
  }

  /** An error answered at 200 (an entry with {@code error: true}) is typed on java.net.http's three paths. */
  @org.junit.jupiter.api.Test
  void anErrorAtTwoHundredIsTypedOnJavaNetHttpsPaths() throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(dev.errorcatalog.testkit.Reply.json(200, SlackLike.CHANNEL_NOT_FOUND_BODY));
      TestTime time = new TestTime();
      dev.errorcatalog.RetryAdvisor advisor = new dev.errorcatalog.RetryAdvisor(null, time, time);
      URI uri = server.uri("/slack/x");
      List<org.junit.jupiter.api.function.Executable> calls = List.of(
          () -> {
            try {
              HTTP.send(jdk(uri, true), CatalogBodyHandler.of(SlackLike.DECODER, BodyHandlers.ofString()));
            } catch (IOException e) {
              if (e.getCause() instanceof CatalogException typed) {
                throw typed;
              }
              throw e;
            }
          },
          () -> {
            try {
              HTTP.sendAsync(jdk(uri, true), CatalogBodyHandler.of(SlackLike.DECODER, BodyHandlers.ofString())).join();
            } catch (java.util.concurrent.CompletionException e) {
              throw e.getCause();
            }
          },
          () -> advisor.send(HTTP, jdk(uri, true), BodyHandlers.ofString(), SlackLike.DECODER));
      for (org.junit.jupiter.api.function.Executable call : calls) {
        CatalogException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class, call);
        assertEquals(SlackLike.CHANNEL_NOT_FOUND, e.error().orElseThrow());
        assertEquals(200, e.status());
      }
    }
  }

  private static HttpRequest jdk(URI uri, boolean idempotent) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    return (idempotent ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString("{\"order\":1}"))).build();
  }

  private static Api retrofit(URI uri, CatalogCallAdapterFactory factory) {
    return new Retrofit.Builder().baseUrl("http://" + uri.getAuthority() + "/").client(OkHttpTest.CLIENT)
        .addCallAdapterFactory(factory).build().create(Api.class);
  }

  private static String blocking(Api api, URI uri, boolean idempotent) throws IOException {
    String[] p = uri.getPath().split("/");
    try (ResponseBody body = idempotent ? api.get(p[1], p[2]) : api.post(p[1], p[2], json())) {
      return body.string();
    }
  }

  private static CompletableFuture<String> async(Api api, URI uri, boolean idempotent) {
    String[] p = uri.getPath().split("/");
    return (idempotent ? api.getAsync(p[1], p[2]) : api.postAsync(p[1], p[2], json())).thenApply(body -> {
      try (body) {
        return body.string();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static String text(okhttp3.Response response) throws IOException {
    try (response) {
      return response.body().string();
    }
  }

  private static String uncheckedText(okhttp3.Response response) {
    try {
      return text(response);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static okhttp3.RequestBody json() {
    return okhttp3.RequestBody.create("{\"order\":1}", okhttp3.MediaType.get("application/json"));
  }

  /** Resilience4j's asynchronous Retry on CatalogRetry's config, its waits scheduled on the test clock. */
  private static String resilience4j(DecisionTable.Setup setup, boolean idempotent,
      Supplier<CompletionStage<String>> call) throws Exception {
    ClockScheduler scheduler = new ClockScheduler(setup.time());
    try {
      return CatalogRetry.of(setup.advisor())
          .decorateCompletionStage(Retry.of("layers", CatalogRetry.config()), scheduler, idempotent, call)
          .get().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } finally {
      scheduler.shutdownNow();
    }
  }
}
