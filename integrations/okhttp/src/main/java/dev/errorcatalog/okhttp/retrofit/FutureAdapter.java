package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** A method returning {@code CompletableFuture<Body>}: enqueues the call, and each retry after a non-blocking wait. */
final class FutureAdapter<R> extends CatalogCallAdapter<R, CompletableFuture<R>> {

  FutureAdapter(Type responseType, ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    super(responseType, decoder, advisor);
  }

  @Override
  public CompletableFuture<R> adapt(Call<R> call) {
    CatalogAttempts attempts = new CatalogAttempts(call, decoder, advisor);
    Result<R> result = new Result<>();
    enqueue(call, attempts, result);
    return result;
  }

  /** The caller's future; cancelling it cancels the call in flight. */
  private static final class Result<R> extends CompletableFuture<R> {
    volatile Call<R> current;

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      Call<R> call = current;
      if (call != null) {
        call.cancel();
      }
      return super.cancel(mayInterruptIfRunning);
    }
  }

  private void enqueue(Call<R> call, CatalogAttempts attempts, Result<R> result) {
    if (result.isDone()) {
      return; // cancelled while waiting
    }
    result.current = call;
    call.enqueue(new Callback<R>() {
      @Override
      public void onResponse(Call<R> c, Response<R> response) {
        DecodedError<?> error = attempts.error(response);
        if (error == null) {
          result.complete(response.body());
          return;
        }
        RetryDecision decision = attempts.next(error);
        if (decision.stopped()) {
          result.completeExceptionally(error.toException());
          return;
        }
        attempts.advisor().sleeper().after(decision.delay()).whenComplete((ignored, failure) -> {
          if (failure != null) {
            result.completeExceptionally(failure);
          } else {
            enqueue(call.clone(), attempts, result);
          }
        });
      }

      @Override
      public void onFailure(Call<R> c, Throwable t) {
        result.completeExceptionally(t);
      }
    });
  }
}
