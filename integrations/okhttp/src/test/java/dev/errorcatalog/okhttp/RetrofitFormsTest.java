package dev.errorcatalog.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.clienttests.LoopbackTest;
import dev.errorcatalog.okhttp.retrofit.CatalogCallAdapterFactory;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.SlackLike;
import dev.errorcatalog.testkit.TestTime;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.Path;

/**
 * Every return form with {@link CatalogCallAdapterFactory} installed: {@code T}, {@code Response<T>},
 * {@code Response<ResponseBody>}, {@code Call<T>}, {@code CompletableFuture<T>} and
 * {@code CompletableFuture<Response<T>>}, on success, on a documented error, and on an error at {@code 200}.
 */
class RetrofitFormsTest extends LoopbackTest {

  interface Api {
    @GET("forms/{name}")
    String text(@Path("name") String name);

    @GET("forms/{name}")
    Response<String> response(@Path("name") String name);

    @GET("forms/{name}")
    Response<ResponseBody> raw(@Path("name") String name);

    @GET("forms/{name}")
    Call<String> call(@Path("name") String name);

    @GET("forms/{name}")
    CompletableFuture<String> future(@Path("name") String name);

    @GET("forms/{name}")
    CompletableFuture<Response<String>> futureResponse(@Path("name") String name);

    @HEAD("forms/{name}")
    Response<Void> head(@Path("name") String name);
  }

  /** A converter of bodies to {@code String}, standing for Jackson, Moshi and the like. */
  static final class Strings extends Converter.Factory {
    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
      return type == String.class ? ResponseBody::string : null;
    }
  }

  private static Api api(OkHttpClient client, CatalogCallAdapterFactory factory) {
    return new Retrofit.Builder().baseUrl("http://" + server.uri("/").getAuthority() + "/").client(client)
        .addConverterFactory(new Strings()).addCallAdapterFactory(factory).build().create(Api.class);
  }

  private static Api api(CatalogCallAdapterFactory factory) {
    return api(OkHttpTest.CLIENT, factory);
  }

  private static final ErrorDecoder<?> DECISIONS = DecisionCatalog.INSTANCE.decoder();
  private static final String INVALID = "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 9 is invalid\"}";

  @Test
  void everyFormKeepsItsMeaningOnSuccess() throws Exception {
    server.always(Reply.OK);
    Api api = api(CatalogCallAdapterFactory.create(DECISIONS));
    assertEquals(Reply.OK.text(), api.text("a"));
    Response<String> response = api.response("b");
    assertEquals(200, response.code());
    assertEquals(Reply.OK.text(), response.body());
    assertEquals("application/json", response.headers().get("Content-Type"));
    try (ResponseBody raw = api.raw("c").body()) {
      assertEquals(Reply.OK.text(), raw.string());
    }
    assertEquals(Reply.OK.text(), api.call("d").execute().body());
    assertEquals(Reply.OK.text(), api.future("e").get(10, TimeUnit.SECONDS));
    assertEquals(Reply.OK.text(), api.futureResponse("f").get(10, TimeUnit.SECONDS).body());
    Response<Void> head = api.head("g");
    assertEquals(200, head.code());
    assertNull(head.body());
  }

  @Test
  void aDocumentedErrorIsTypedWhereTheBodyIsAskedForAndAResponseWhereTheResponseIs() throws Exception {
    server.always(Reply.json(400, INVALID));
    Api api = api(CatalogCallAdapterFactory.create(DECISIONS));
    CatalogException e = assertThrows(CatalogException.class, () -> api.text("a"));
    assertSame(DecisionError.INVALID_ORDER, e.error().orElseThrow());
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> api.future("b").get(10, TimeUnit.SECONDS));
    assertSame(DecisionError.INVALID_ORDER, ((CatalogException) async.getCause()).error().orElseThrow());

    Response<String> response = api.response("c");
    assertEquals(400, response.code());
    assertFalse(response.isSuccessful());
    assertEquals(INVALID, response.errorBody().string());
    assertEquals(INVALID, api.raw("d").errorBody().string());
    assertEquals(INVALID, api.futureResponse("e").get(10, TimeUnit.SECONDS).errorBody().string());
    assertEquals(INVALID, api.call("f").execute().errorBody().string(), "Call<T> is Retrofit's own");
    assertEquals(400, api.head("g").code());
  }

  @Test
  void anErrorAtTwoHundredIsTypedInEveryAdaptedFormAndCallStaysRetrofits() throws Exception {
    server.always(Reply.json(200, SlackLike.CHANNEL_NOT_FOUND_BODY));
    Api api = api(CatalogCallAdapterFactory.create(SlackLike.DECODER));
    for (org.junit.jupiter.api.function.Executable form : java.util.List.<org.junit.jupiter.api.function.Executable>of(
        () -> api.text("a"), () -> api.response("b"), () -> api.raw("c"))) {
      CatalogException e = assertThrows(CatalogException.class, form);
      assertEquals(SlackLike.CHANNEL_NOT_FOUND, e.error().orElseThrow());
      assertEquals(200, e.status());
    }
    for (CompletableFuture<?> future : java.util.List.of(api.future("d"), api.futureResponse("e"))) {
      ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
      assertEquals(SlackLike.CHANNEL_NOT_FOUND, ((CatalogException) e.getCause()).error().orElseThrow());
    }
    assertEquals(SlackLike.CHANNEL_NOT_FOUND_BODY, api.call("f").execute().body(), "Call<T> is Retrofit's own");

    server.always(Reply.json(200, SlackLike.SUCCESS_BODY));
    assertEquals(SlackLike.SUCCESS_BODY, api.text("g"), "a success body is converted as it came");
    assertEquals(SlackLike.SUCCESS_BODY, api.response("h").body());
  }

  @Test
  void aResponseFormRetriesAsAdvisedThenReturnsTheLastErrorResponse() throws Exception {
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(3), time, time);
    server.always(Reply.empty(503));
    int before = server.requests();
    Response<String> response = api(CatalogCallAdapterFactory.retrying(DECISIONS, advisor)).response("busy");
    assertEquals(503, response.code());
    assertEquals(4, server.requests() - before, "BUSY's 4 attempts");
    assertEquals(3, time.waits().size());
    server.play(Reply.empty(503), 1, Reply.OK);
    assertEquals(Reply.OK.text(), api(CatalogCallAdapterFactory.retrying(DECISIONS, advisor))
        .futureResponse("busy-then-ok").get(10, TimeUnit.SECONDS).body());
  }

  @Test
  void theRetryingFactoryRefusesAClientWithTheInterceptorAndThePlainOneUnwrapsIt() throws Exception {
    OkHttpClient intercepted = InterceptorTest.with(CatalogInterceptor.of(DECISIONS));
    Api retrying = api(intercepted, CatalogCallAdapterFactory.retrying(DECISIONS, new RetryAdvisor()));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> retrying.text("x"));
    String messages = refused.getMessage() + " / " + refused.getCause();
    assertTrue(messages.contains("retries would multiply"), messages);

    server.always(Reply.json(400, INVALID));
    Api plain = api(intercepted, CatalogCallAdapterFactory.create(DECISIONS));
    assertSame(DecisionError.INVALID_ORDER, assertThrows(CatalogException.class, () -> plain.text("y"))
        .error().orElseThrow());
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> plain.future("z").get(10, TimeUnit.SECONDS));
    assertSame(DecisionError.INVALID_ORDER, ((CatalogException) async.getCause()).error().orElseThrow());
    IOException fromCall = assertThrows(IOException.class, () -> plain.call("w").execute());
    assertSame(DecisionError.INVALID_ORDER, ((CatalogIOException) fromCall).getCause().error().orElseThrow(),
        "Call<T> on an intercepted client: the interceptor's CatalogIOException");
  }
}
