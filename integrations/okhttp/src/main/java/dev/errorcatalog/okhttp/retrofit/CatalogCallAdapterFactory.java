package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.okhttp.CatalogInterceptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * A Retrofit {@link CallAdapter.Factory} for interface methods that return
 *
 * <ul>
 *   <li>their body type ({@code Order get(@Path("id") long id)}): the call is executed, and an error (a response
 *       of 400 or above, or a body the catalog documents as an error at a success status) throws the catalog's
 *       exception (typed for a documented error, the catalog's response exception otherwise, the raw body kept);
 *       an I/O error is thrown as {@link java.io.UncheckedIOException};
 *   <li>{@code Response<Body>} (also {@code Response<ResponseBody>}): Retrofit's meaning kept, a response for
 *       every status: the success with its converted body, an error response of 400 or above with its
 *       {@code errorBody()} (the bytes received); only an error at a success status, which Retrofit's
 *       {@code Response} cannot represent, throws the catalog's exception;
 *   <li>{@code CompletableFuture<Body>} and {@code CompletableFuture<Response<Body>>}: the same, enqueued; the
 *       future fails with the exception.
 * </ul>
 *
 * <p>With an advisor, error responses are retried as {@link RetryAdvisor} says (idempotent as the HTTP method
 * says), each attempt a clone of the call, and the method's value is made of the last one; the asynchronous
 * forms wait on {@link dev.errorcatalog.Sleeper#after}, holding no thread. Methods returning {@code Call<...>} are
 * left to Retrofit. Bodies are converted by the converters the {@code Retrofit} has, as Retrofit would.
 *
 * <p>With a {@link CatalogInterceptor} on the {@code OkHttpClient}, the interceptor judges every response first:
 * these adapters throw the typed exception its {@link dev.errorcatalog.okhttp.CatalogIOException} carries (so a
 * {@code Response<Body>} method then throws too), and {@link #retrying} refuses such a client (retries would
 * multiply).
 *
 * <p>Add it after any other call adapter factory (RxJava, ...): it takes every return type but {@code Call}.
 */
public final class CatalogCallAdapterFactory extends CallAdapter.Factory {

  private final ErrorDecoder<?> decoder;
  private final RetryAdvisor advisor;

  private CatalogCallAdapterFactory(ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.advisor = advisor;
  }

  /** Throws the catalog's exception of an error response, without retrying. */
  public static CatalogCallAdapterFactory create(ErrorDecoder<?> decoder) {
    return new CatalogCallAdapterFactory(decoder, null);
  }

  /** Retries error responses as {@code advisor} says, then throws the catalog's exception. */
  public static CatalogCallAdapterFactory retrying(ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    return new CatalogCallAdapterFactory(decoder, Objects.requireNonNull(advisor, "advisor"));
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    Class<?> raw = getRawType(returnType);
    if (raw == Call.class) {
      return null;
    }
    if (advisor != null && retrofit.callFactory() instanceof OkHttpClient client
        && CatalogInterceptor.installedIn(client).isPresent()) {
      throw new IllegalStateException("the Retrofit's OkHttpClient has a CatalogInterceptor, which already "
          + "decodes (and may retry) every response: retries would multiply. Use CatalogCallAdapterFactory"
          + ".create(decoder), with CatalogInterceptor.retrying(decoder, advisor) on the client to retry, or a "
          + "client without the interceptor");
    }
    boolean async = raw == CompletableFuture.class;
    Type value = async ? parameter(returnType, "CompletableFuture<Body>") : returnType;
    boolean wantsResponse = getRawType(value) == Response.class;
    Type body = wantsResponse ? parameter(value, "Response<Body>") : value;
    if (body == void.class) {
      body = Void.class;
    }
    Converter<ResponseBody, ?> converter = retrofit.responseBodyConverter(body, annotations);
    // Retrofit reads the body as a buffered ResponseBody for us (a HEAD method must ask for Void).
    Type read = body == Void.class ? Void.class : ResponseBody.class;
    return async ? new FutureAdapter<>(read, converter, wantsResponse, decoder, advisor)
        : new BodyAdapter<>(read, converter, wantsResponse, decoder, advisor);
  }

  private static Type parameter(Type type, String form) {
    if (!(type instanceof ParameterizedType parameterized)) {
      throw new IllegalStateException(getRawType(type).getSimpleName() + " return type must be parameterized as "
          + form);
    }
    return getParameterUpperBound(0, parameterized);
  }
}
