package dev.errorcatalog.okhttp;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends OkHttp requests and hands back the successful response (one the catalog does not call an error), or
 * throws the catalog's exception for the last error response: the typed exception of a documented error, the catalog's response
 * exception of any other, the raw body kept. With an advisor it retries as {@link RetryAdvisor} says, each
 * attempt a new call of the same request, idempotent as its method says (a request whose body is one-shot is never
 * retried), on the runtime's one retry loop ({@link RetryAdvisor#retry}, {@link RetryAdvisor#retryAsync}): the
 * decision is recorded on the exception and reported to the {@link dev.errorcatalog.CatalogListeners}. Inside a
 * catalog retry layer on the calling thread ({@link RetryAdvisor#insideRetryLayer()}: Resilience4j's
 * {@code CatalogRetry}) a retrying {@code CatalogCalls} makes one attempt: the outer layer retries.
 *
 * <pre>{@code
 * CatalogCalls calls = CatalogCalls.retrying(client, catalog.decoder(), new RetryAdvisor());
 * try (Response ok = calls.execute(request)) { ... }          // or throws InsiderOneException
 * calls.executeAsync(request).thenAccept(ok -> { ... });      // waits without holding a thread
 * }</pre>
 *
 * <p>OkHttp's transparent gzip is left as it is: error bodies are read as OkHttp gives them to the application.
 * I/O errors are not retried: they are thrown (or fail the future) as OkHttp reports them. An error at a success
 * status (a body the catalog documents as an error at {@code 200}) is an error like any other.
 *
 * <p>With a {@link CatalogInterceptor} on the client, the interceptor judges the responses: {@link #of} throws
 * the typed exception the interceptor's {@link CatalogIOException} carries, and {@link #retrying} refuses the
 * client (the two would multiply their retries).
 */
public final class CatalogCalls {

  private final OkHttpClient client;
  private final ErrorDecoder<?> decoder;
  private final RetryAdvisor advisor;

  private CatalogCalls(OkHttpClient client, ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    this.client = Objects.requireNonNull(client, "client");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.advisor = advisor;
  }

  /** Decodes error responses and throws their exception at once, without retrying. */
  public static CatalogCalls of(OkHttpClient client, ErrorDecoder<?> decoder) {
    return new CatalogCalls(client, decoder, null);
  }

  /** Decodes error responses and retries as {@code advisor} says, waiting on its sleeper. */
  public static CatalogCalls retrying(OkHttpClient client, ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    if (CatalogInterceptor.installedIn(client).isPresent()) {
      throw new IllegalArgumentException("this OkHttpClient has a CatalogInterceptor, which already decodes (and "
          + "may retry) every response: retries would multiply. Use CatalogCalls.of(client, decoder), with "
          + "CatalogInterceptor.retrying(decoder, advisor) on the client to retry, or a client without the "
          + "interceptor");
    }
    return new CatalogCalls(client, decoder, Objects.requireNonNull(advisor, "advisor"));
  }

  /**
   * Executes the request until a response that is no error, which the caller closes.
   *
   * @throws dev.errorcatalog.CatalogException the exception of the last error response
   * @throws IOException as OkHttp throws it
   */
  public Response execute(Request request) throws IOException, InterruptedException {
    RetryAdvisor retrying = retryingFor(request);
    if (retrying == null) {
      return attempt(request);
    }
    return retrying.retry(RetryAdvisor.isIdempotent(request.method()), () -> attempt(request));
  }

  /**
   * Enqueues the request; the future completes with the first response that is no error (the caller closes
   * it), or fails with the catalog's exception of the last error response, or OkHttp's {@code IOException}. Between
   * attempts it waits on {@link dev.errorcatalog.Sleeper#after}, holding no thread. Cancelling the future cancels
   * the call in flight, and starts no further attempt.
   */
  public CompletableFuture<Response> executeAsync(Request request) {
    Result result = new Result();
    RetryAdvisor retrying = retryingFor(request);
    CompletableFuture<Response> loop = retrying == null ? attemptAsync(request, result)
        : retrying.retryAsync(RetryAdvisor.isIdempotent(request.method()), () -> attemptAsync(request, result));
    result.loop = loop;
    loop.whenComplete((response, failure) -> {
      if (failure != null) {
        result.completeExceptionally(failure);
      } else if (!result.complete(response)) {
        response.close(); // cancelled meanwhile: nobody will close it
      }
    });
    return result;
  }

  /**
   * The advisor to retry this request with (the runtime's one retry loop, {@link RetryAdvisor#retry}), or
   * {@code null} for one attempt: without an advisor, for a one-shot body that cannot be sent again, and inside a
   * catalog retry layer on this thread ({@link RetryAdvisor#insideRetryLayer()}), which retries itself.
   */
  private RetryAdvisor retryingFor(Request request) {
    boolean replayable = request.body() == null || !request.body().isOneShot();
    return advisor == null || !replayable || RetryAdvisor.insideRetryLayer() ? null : advisor;
  }

  /** One call: the response if it is no error, else the catalog's exception thrown. */
  private Response attempt(Request request) throws IOException {
    Response response;
    try {
      response = client.newCall(request).execute();
    } catch (CatalogIOException e) {
      throw e.getCause();
    }
    OkHttpErrors.Checked checked = OkHttpErrors.check(decoder, response);
    DecodedError<?> error = checked.error();
    if (error == null) {
      return checked.response();
    }
    throw error.toException();
  }

  /** The caller's future: cancelling it cancels the call in flight, and no attempt starts after. */
  private static final class Result extends CompletableFuture<Response> {
    volatile Call current;
    volatile CompletableFuture<Response> loop;

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      Call call = current;
      if (call != null) {
        call.cancel();
      }
      CompletableFuture<Response> attempts = loop;
      if (attempts != null) {
        attempts.cancel(mayInterruptIfRunning);
      }
      return super.cancel(mayInterruptIfRunning);
    }
  }

  /** One enqueued call: completes with the response if it is no error, else fails with the catalog's exception. */
  private CompletableFuture<Response> attemptAsync(Request request, Result result) {
    CompletableFuture<Response> attempt = new CompletableFuture<>();
    if (result.isDone()) {
      attempt.cancel(false); // cancelled while waiting
      return attempt;
    }
    Call call = client.newCall(request);
    result.current = call;
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        attempt.completeExceptionally(e instanceof CatalogIOException catalog ? catalog.getCause() : e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        OkHttpErrors.Checked checked = OkHttpErrors.check(decoder, response);
        DecodedError<?> error = checked.error();
        if (error == null) {
          if (!attempt.complete(checked.response())) {
            checked.response().close();
          }
          return;
        }
        attempt.completeExceptionally(error.toException());
      }
    });
    return attempt;
  }
}
