package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
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
  public CompletableFuture<R> adapt(Call<Object> call) {
    CatalogAttempts attempts = new CatalogAttempts(call, this);
    Result<R> result = new Result<>();
    enqueue(call, attempts, result);
    return result;
  }

  /** The caller's future; cancelling it cancels the call in flight. */
  private static final class Result<R> extends CompletableFuture<R> {
    volatile Call<Object> current;

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      Call<Object> call = current;
      if (call != null) {
        call.cancel();
      }
      return super.cancel(mayInterruptIfRunning);
    }
  }

  private void enqueue(Call<Object> call, CatalogAttempts attempts, Result<R> result) {
    if (result.isDone()) {
      return; // cancelled while waiting
    }
    result.current = call;
    call.enqueue(new Callback<Object>() {
      @Override
      @SuppressWarnings("unchecked") // the value is of the method's type: converted for it, or its Response
      public void onResponse(Call<Object> c, Response<Object> response) {
        try {
          CatalogAttempts.Checked checked = attempts.check(response);
          if (checked.error() == null) {
            result.complete((R) success(checked));
            return;
          }
          RetryDecision decision = attempts.next(checked.error());
          if (decision.stopped()) {
            result.complete((R) failure(checked));
            return;
          }
          attempts.advisor().sleeper().after(decision.delay()).whenComplete((ignored, failure) -> {
            if (failure != null) {
              result.completeExceptionally(failure);
            } else {
              enqueue(call.clone(), attempts, result);
            }
          });
        } catch (Throwable t) {
          result.completeExceptionally(t); // the catalog's exception, or the converter's
        }
      }

      @Override
      public void onFailure(Call<Object> c, Throwable t) {
        result.completeExceptionally(t instanceof CatalogIOException catalog ? catalog.getCause() : t);
      }
    });
  }
}
