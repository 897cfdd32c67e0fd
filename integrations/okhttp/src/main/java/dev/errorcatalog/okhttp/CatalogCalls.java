package dev.errorcatalog.okhttp;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends OkHttp requests and hands back the successful response (status below 400), or throws the catalog's
 * exception for the last error response: the typed exception of a documented error, the catalog's response
 * exception of any other, the raw body kept. With an advisor it retries as {@link RetryAdvisor} says, each
 * attempt a new call of the same request, idempotent as its method says.
 *
 * <pre>{@code
 * CatalogCalls calls = CatalogCalls.retrying(client, catalog.decoder(), new RetryAdvisor());
 * try (Response ok = calls.execute(request)) { ... }          // or throws InsiderOneException
 * calls.executeAsync(request).thenAccept(ok -> { ... });      // waits without holding a thread
 * }</pre>
 *
 * <p>OkHttp's transparent gzip is left as it is: error bodies are read as OkHttp gives them to the application.
 * I/O errors are not retried: they are thrown (or fail the future) as OkHttp reports them.
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
    return new CatalogCalls(client, decoder, Objects.requireNonNull(advisor, "advisor"));
  }

  /**
   * Executes the request until a response below 400, which the caller closes.
   *
   * @throws dev.errorcatalog.CatalogException the exception of the last error response
   * @throws IOException as OkHttp throws it
   */
  public Response execute(Request request) throws IOException, InterruptedException {
    RetryAdvisor.Retries retries = advisor == null ? null : advisor.begin(RetryAdvisor.isIdempotent(request.method()));
    while (true) {
      Response response = client.newCall(request).execute();
      if (response.code() < 400) {
        return response;
      }
      DecodedError<?> error = OkHttpErrors.decode(decoder, response.code(), response.headers(), response.body());
      RetryDecision decision = retries == null ? null : retries.next(error);
      if (decision == null || decision.stopped()) {
        throw error.toException();
      }
      advisor.sleeper().sleep(decision.delay());
    }
  }

  /**
   * Enqueues the request; the future completes with the first response below 400 (the caller closes it), or
   * fails with the catalog's exception of the last error response, or OkHttp's {@code IOException}. Between
   * attempts it waits on {@link dev.errorcatalog.Sleeper#after}, holding no thread. Cancelling the future cancels
   * the call in flight, and starts no further attempt.
   */
  public CompletableFuture<Response> executeAsync(Request request) {
    Result result = new Result();
    RetryAdvisor.Retries retries = advisor == null ? null : advisor.begin(RetryAdvisor.isIdempotent(request.method()));
    enqueue(request, retries, result);
    return result;
  }

  /** The caller's future: cancelling it cancels the call in flight, and no attempt starts after. */
  private static final class Result extends CompletableFuture<Response> {
    volatile Call current;

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      Call call = current;
      if (call != null) {
        call.cancel();
      }
      return super.cancel(mayInterruptIfRunning);
    }
  }

  private void enqueue(Request request, RetryAdvisor.Retries retries, Result result) {
    if (result.isDone()) {
      return; // cancelled while waiting
    }
    Call call = client.newCall(request);
    result.current = call;
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        result.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        if (response.code() < 400) {
          if (!result.complete(response)) {
            response.close(); // cancelled meanwhile: nobody will close it
          }
          return;
        }
        DecodedError<?> error = OkHttpErrors.decode(decoder, response.code(), response.headers(), response.body());
        RetryDecision decision = retries == null ? null : retries.next(error);
        if (decision == null || decision.stopped()) {
          result.completeExceptionally(error.toException());
          return;
        }
        advisor.sleeper().after(decision.delay()).whenComplete((ignored, failure) -> {
          if (failure != null) {
            result.completeExceptionally(failure);
          } else {
            enqueue(request, retries, result);
          }
        });
      }
    });
  }
}
