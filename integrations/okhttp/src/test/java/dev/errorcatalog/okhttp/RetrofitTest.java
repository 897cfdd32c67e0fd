package dev.errorcatalog.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.clienttests.DocumentedErrors;
import dev.errorcatalog.clienttests.LoopbackTest;
import dev.errorcatalog.okhttp.retrofit.CatalogCallAdapterFactory;
import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.DecisionException;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.TestTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Retrofit on OkHttp 5 with {@link CatalogCallAdapterFactory}: methods that throw the typed exception. */
class RetrofitTest extends LoopbackTest {

  /** Bodies as {@code ResponseBody}: Retrofit's built-in converter, no converter library needed. */
  interface Api {
    @GET("{dir}/{name}")
    ResponseBody get(@Path("dir") String dir, @Path("name") String name);

    @POST("{dir}/{name}")
    ResponseBody post(@Path("dir") String dir, @Path("name") String name, @Body RequestBody body);

    @GET("{dir}/{name}")
    CompletableFuture<ResponseBody> getAsync(@Path("dir") String dir, @Path("name") String name);

    @POST("{dir}/{name}")
    CompletableFuture<ResponseBody> postAsync(@Path("dir") String dir, @Path("name") String name, @Body RequestBody body);
  }

  private static Api api(URI uri, CatalogCallAdapterFactory factory) {
    return new Retrofit.Builder().baseUrl("http://" + uri.getAuthority() + "/").client(OkHttpTest.CLIENT)
        .addCallAdapterFactory(factory).build().create(Api.class);
  }

  private static RequestBody json() {
    return RequestBody.create("{\"order\":1}", MediaType.get("application/json"));
  }

  private static String text(ResponseBody body) {
    try (body) {
      return body.string();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String call(Api api, URI uri, boolean idempotent) {
    String[] p = uri.getPath().split("/");
    return text(idempotent ? api.get(p[1], p[2]) : api.post(p[1], p[2], json()));
  }

  private static String callAsync(Api api, URI uri, boolean idempotent) throws Exception {
    String[] p = uri.getPath().split("/");
    CompletableFuture<ResponseBody> f = idempotent ? api.getAsync(p[1], p[2]) : api.postAsync(p[1], p[2], json());
    return text(f.get(10, TimeUnit.SECONDS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aDirectMethodDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) ->
        call(api(uri, CatalogCallAdapterFactory.retrying(setup.decoder(), setup.advisor())), uri, idempotent));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aFutureMethodDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) ->
        callAsync(api(uri, CatalogCallAdapterFactory.retrying(setup.decoder(), setup.advisor())), uri, idempotent));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void everyDocumentedErrorIsThrownTyped(DocumentedErrors.Case error) {
    server.always(error.reply());
    URI uri = server.uri("/documented/" + error.entry().name());
    ErrorDecoder<?> decoder = error.decoder();
    error.verify(assertThrows(RuntimeException.class, () -> call(api(uri, CatalogCallAdapterFactory.create(decoder)),
        uri, true)));
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(7), time, time);
    error.verify(assertThrows(ExecutionException.class,
        () -> callAsync(api(uri, CatalogCallAdapterFactory.retrying(decoder, advisor)), uri, false)));
  }

  @Test
  void theTypedExceptionIsWhatTheInterfaceMethodThrows() {
    server.always(Reply.json(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 5 is invalid\"}"));
    URI uri = server.uri("/orders/5");
    DecisionException.Documented e = assertThrows(DecisionException.Documented.class,
        () -> api(uri, CatalogCallAdapterFactory.create(DecisionCatalog.INSTANCE.decoder())).get("orders", "5"));
    assertEquals(DecisionError.INVALID_ORDER, e.error().orElseThrow());
    assertEquals(java.util.Map.of("orderId", "5"), e.args());
  }

  @Test
  void anIoErrorOfADirectMethodIsUnchecked() {
    URI closed;
    try (LoopbackServer gone = LoopbackServer.start()) {
      closed = gone.uri("/x/y");
    }
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> api(closed, CatalogCallAdapterFactory.create(DecisionCatalog.INSTANCE.decoder())).get("x", "y"));
    assertInstanceOf(IOException.class, e.getCause());
  }

  @Test
  void aFutureMethodWaitsWithoutHoldingAThread() throws Exception {
    CompletableFuture<Void> gate = new CompletableFuture<>();
    dev.errorcatalog.Sleeper gated = new dev.errorcatalog.Sleeper() {
      @Override public void sleep(java.time.Duration delay) {
        throw new AssertionError("blocking wait on an asynchronous path");
      }

      @Override public CompletableFuture<Void> after(java.time.Duration delay) {
        return gate;
      }
    };
    server.play(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "60"),
        1, Reply.OK);
    int before = server.requests();
    URI uri = server.uri("/later/1");
    CompletableFuture<ResponseBody> call = api(uri, CatalogCallAdapterFactory.retrying(DecisionCatalog.INSTANCE.decoder(),
        new RetryAdvisor(null, java.time.Clock.systemUTC(), gated))).postAsync("later", "1", json());
    while (server.requests() == before) {
      Thread.onSpinWait();
    }
    Thread.sleep(50);
    org.junit.jupiter.api.Assertions.assertFalse(call.isDone());
    gate.complete(null);
    assertEquals(Reply.OK.text(), text(call.get(10, TimeUnit.SECONDS)));
    assertEquals(before + 2, server.requests());
  }
}
