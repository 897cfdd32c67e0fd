package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import retrofit2.Call;
import retrofit2.Response;

/** A method returning its body: executes (and retries) the call on the calling thread. */
final class BodyAdapter<R> extends CatalogCallAdapter<R, R> {

  BodyAdapter(Type responseType, ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    super(responseType, decoder, advisor);
  }

  @Override
  public R adapt(Call<R> call) {
    CatalogAttempts attempts = new CatalogAttempts(call, decoder, advisor);
    Call<R> attempt = call;
    while (true) {
      Response<R> response;
      try {
        response = attempt.execute();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      DecodedError<?> error = attempts.error(response);
      if (error == null) {
        return response.body();
      }
      RetryDecision decision = attempts.next(error);
      if (decision.stopped()) {
        throw error.toException();
      }
      try {
        advisor.sleeper().sleep(decision.delay());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw error.toException();
      }
      attempt = call.clone();
    }
  }
}
