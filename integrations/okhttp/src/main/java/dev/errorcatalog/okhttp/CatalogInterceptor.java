package dev.errorcatalog.okhttp;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An OkHttp application interceptor: an existing {@code client.newCall(request)} gains the catalog's typed errors
 * (and, with {@link #retrying}, the advisor's retries) by adding one interceptor.
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(CatalogInterceptor.retrying(catalog.decoder(), new RetryAdvisor()))
 *     .build();
 * try (Response ok = client.newCall(request).execute()) {   // a response that is no error
 *   ...
 * } catch (CatalogIOException e) {
 *   throw e.getCause();                                      // the typed exception
 * }
 * }</pre>
 *
 * <p>A response the catalog calls an error (status 400 and above, and a body at a success status where the
 * catalog documents errors: {@link ErrorDecoder#errorsAt}) is read once, decoded, and, when the advisor says stop
 * (at once without one), the call fails with a {@link CatalogIOException} whose cause is the catalog's exception:
 * {@code execute()} throws it, {@code enqueue}'s {@code Callback.onFailure} receives it. Any other response goes on
 * as it came (a success body read for deciding is handed on as the same bytes).
 *
 * <p>Retries run on the runtime's one retry loop ({@link RetryAdvisor#retry}): each attempt is
 * {@code chain.proceed} of the same request, idempotent as its method says ({@link RetryAdvisor#isIdempotent}; a
 * request whose body is one-shot is never retried), after the advisor's wait on its
 * {@link dev.errorcatalog.Sleeper#sleep}; the decision is recorded on the exception
 * ({@link CatalogException#retryAdvice()}) and reported to the {@link dev.errorcatalog.CatalogListeners}. That
 * wait holds the calling thread, for {@code enqueue} a dispatcher thread: where waits must hold no thread, use
 * {@link CatalogCalls#executeAsync} instead. OkHttp's {@code callTimeout} covers every attempt and wait; a
 * cancelled call starts no further attempt. I/O errors are not retried here (OkHttp's own
 * {@code retryOnConnectionFailure} does that).
 *
 * <p>Inside a catalog retry layer ({@link RetryAdvisor#insideRetryLayer()}: a blocking {@code execute()} run by
 * Resilience4j's {@code CatalogRetry} or {@link RetryAdvisor#retry} on the same thread) a retrying interceptor
 * switches its retries off and only types the errors: the outer layer retries, retries never multiply. An
 * {@code enqueue}d call runs on a dispatcher thread, where no layer is seen; the exception it gives up with then
 * carries its decision, and a catalog retry layer outside does not retry it again.
 *
 * <p>Only as an application interceptor ({@code addInterceptor}): as a network interceptor OkHttp would retry
 * an exception of it on another route, and a body there is still compressed, so it refuses to run there. A
 * client with this interceptor makes {@link CatalogCalls#retrying} and the retrying Retrofit factory refuse it:
 * retries are one layer's, never two multiplied.
 */
public final class CatalogInterceptor implements Interceptor {

  private final ErrorDecoder<?> decoder;
  private final RetryAdvisor advisor;

  private CatalogInterceptor(ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.advisor = advisor;
  }

  /** Typed errors without retries: the right one inside a retry layer (Resilience4j, Spring Retry). */
  public static CatalogInterceptor of(ErrorDecoder<?> decoder) {
    return new CatalogInterceptor(decoder, null);
  }

  /** Typed errors, after retrying as {@code advisor} says. */
  public static CatalogInterceptor retrying(ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    return new CatalogInterceptor(decoder, Objects.requireNonNull(advisor, "advisor"));
  }

  /** The advisor this interceptor retries with, if any. */
  public Optional<RetryAdvisor> advisor() {
    return Optional.ofNullable(advisor);
  }

  /** The catalog interceptor among the client's application interceptors, if any. */
  public static Optional<CatalogInterceptor> installedIn(OkHttpClient client) {
    for (Interceptor i : client.interceptors()) {
      if (i instanceof CatalogInterceptor catalog) {
        return Optional.of(catalog);
      }
    }
    for (Interceptor i : client.networkInterceptors()) {
      if (i instanceof CatalogInterceptor catalog) {
        return Optional.of(catalog);
      }
    }
    return Optional.empty();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.connection() != null) {
      throw new IllegalStateException("CatalogInterceptor is an application interceptor: add it with "
          + "OkHttpClient.Builder.addInterceptor, not addNetworkInterceptor");
    }
    Request request = chain.request();
    // A one-shot body (a stream) cannot be sent twice: such a request gets typed errors, never a retry. Inside a
    // catalog retry layer on this thread (Resilience4j's CatalogRetry, RetryAdvisor.retry) that layer retries:
    // this interceptor switches its own retries off, so that they never multiply.
    boolean replayable = request.body() == null || !request.body().isOneShot();
    if (advisor == null || !replayable || RetryAdvisor.insideRetryLayer()) {
      return attempt(chain, request);
    }
    try {
      // The runtime's one retry loop: it records its decision on the exception and reports it to the listeners.
      return advisor.retry(RetryAdvisor.isIdempotent(request.method()), () -> {
        if (chain.call().isCanceled()) {
          throw new IOException("Canceled");
        }
        return attempt(chain, request);
      });
    } catch (CatalogException stop) {
      throw new CatalogIOException(stop);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to retry");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  /** One attempt: the response if it is no error, else a {@link CatalogIOException} of the catalog's exception. */
  private Response attempt(Chain chain, Request request) throws IOException {
    OkHttpErrors.Checked checked = OkHttpErrors.check(decoder, chain.proceed(request));
    DecodedError<?> error = checked.error();
    if (error == null) {
      return checked.response();
    }
    throw new CatalogIOException(error.toException());
  }
}
