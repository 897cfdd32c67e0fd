package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * A Retrofit {@link CallAdapter.Factory} for interface methods that return
 *
 * <ul>
 *   <li>their body type directly ({@code Order get(@Path("id") long id)}): the call is executed, and a response of
 *       400 or above throws the catalog's exception (typed for a documented error, the catalog's response exception
 *       otherwise, the raw body kept); an I/O error is thrown as {@link java.io.UncheckedIOException};
 *   <li>{@code CompletableFuture<Body>}: the call is enqueued, and the future fails with that exception.
 * </ul>
 *
 * <p>With an advisor, error responses are retried as {@link RetryAdvisor} says (idempotent as the HTTP method
 * says), each attempt a clone of the call; the asynchronous form waits on {@link dev.errorcatalog.Sleeper#after},
 * holding no thread. Methods returning {@code Call<...>} are left to Retrofit.
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
    if (raw == CompletableFuture.class) {
      if (!(returnType instanceof ParameterizedType parameterized)) {
        throw new IllegalStateException("CompletableFuture return type must be parameterized as "
            + "CompletableFuture<Body>");
      }
      return new FutureAdapter<>(getParameterUpperBound(0, parameterized), decoder, advisor);
    }
    if (raw == void.class) {
      return new BodyAdapter<Void>(Void.class, decoder, advisor);
    }
    return new BodyAdapter<>(returnType, decoder, advisor);
  }
}
