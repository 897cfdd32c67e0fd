package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.okhttp.CatalogIOException;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Converter;
import retrofit2.Response;

/**
 * A method returning {@code CompletableFuture<Body>} or {@code CompletableFuture<Response<Body>>}: enqueues the
 * call, and each retry after a non-blocking wait.
 */
final class FutureAdapter<R> extends CatalogCallAdapter<CompletableFuture<R>> {

  FutureAdapter(Type responseType, Converter<ResponseBody, ?> converter, boolean wantsResponse,
      ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    super(responseType, converter, wantsResponse, decoder, advisor);
  }

  @Override
  @SuppressWarnings("unchecked") // the value is of the method's type: converted for it, or its Response
  public CompletableFuture<R> adapt(Call<Object> call) {
    CatalogAttempts attempts = new CatalogAttempts(call, this);
    RetryAdvisor retrying = attempts.retrying(call, false);
    Result<R> result = new Result<>();
    // The first attempt uses the call itself, each retry a clone (a Retrofit call is enqueued once).
    boolean[] first = {true};
    java.util.function.Supplier<CompletableFuture<Object>> attempt = () -> {
      Call<Object> c = first[0] ? call : call.clone();
      first[0] = false;
      return attempt(c, attempts, result);
    };
    CompletableFuture<Object> loop = retrying == null ? attempt.get()
        : retrying.retryAsync(attempts.idempotent(), attempt);
    result.loop = loop;
    loop.whenComplete((value, failure) -> {
      if (failure == null) {
        result.complete((R) value);
        return;
      }
      CatalogAttempts.Checked stopped = attempts.stoppedAt(failure);
      if (stopped == null) {
        result.completeExceptionally(failure);
        return;
      }
      try {
        result.complete((R) failure(stopped));
      } catch (Throwable t) {
        result.completeExceptionally(t); // the catalog's exception
      }
    });
    return result;
  }

  /** The caller's future; cancelling it cancels the call in flight, and starts no further attempt. */
  private static final class Result<R> extends CompletableFuture<R> {
    volatile Call<Object> current;
    volatile CompletableFuture<Object> loop;

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      Call<Object> call = current;
      if (call != null) {
        call.cancel();
      }
      CompletableFuture<Object> attempts = loop;
      if (attempts != null) {
        attempts.cancel(mayInterruptIfRunning);
      }
      return super.cancel(mayInterruptIfRunning);
    }
  }

  /** One enqueued call: the method's value for a response that is no error, else the catalog's exception. */
  private CompletableFuture<Object> attempt(Call<Object> call, CatalogAttempts attempts, Result<R> result) {
    CompletableFuture<Object> attempt = new CompletableFuture<>();
    if (result.isDone()) {
      attempt.cancel(false); // cancelled while waiting
      return attempt;
    }
    result.current = call;
    call.enqueue(new Callback<Object>() {
      @Override
      public void onResponse(Call<Object> c, Response<Object> response) {
        try {
          CatalogAttempts.Checked checked = attempts.check(response);
          if (checked.error() == null) {
            attempt.complete(success(checked));
          } else {
            attempt.completeExceptionally(attempts.failed(checked));
          }
        } catch (Throwable t) {
          attempt.completeExceptionally(t); // the converter's
        }
      }

      @Override
      public void onFailure(Call<Object> c, Throwable t) {
        attempt.completeExceptionally(t instanceof CatalogIOException catalog ? catalog.getCause() : t);
      }
    });
    return attempt;
  }
}
