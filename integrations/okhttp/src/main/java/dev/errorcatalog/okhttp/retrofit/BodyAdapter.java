package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import dev.errorcatalog.okhttp.CatalogIOException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Response;

/** A method returning its body or {@code Response<Body>}: executes (and retries) the call on the calling thread. */
final class BodyAdapter<T> extends CatalogCallAdapter<T> {

  BodyAdapter(Type responseType, Converter<ResponseBody, ?> converter, boolean wantsResponse,
      ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    super(responseType, converter, wantsResponse, decoder, advisor);
  }

  @Override
  @SuppressWarnings("unchecked") // the value is of the method's return type: converted for it, or its Response
  public T adapt(Call<Object> call) {
    CatalogAttempts attempts = new CatalogAttempts(call, this);
    Call<Object> attempt = call;
    try {
      while (true) {
        Response<Object> response;
        try {
          response = attempt.execute();
        } catch (CatalogIOException e) {
          throw e.getCause(); // a CatalogInterceptor on the client judged it
        }
        CatalogAttempts.Checked checked = attempts.check(response);
        if (checked.error() == null) {
          return (T) success(checked);
        }
        RetryDecision decision = attempts.next(checked.error());
        if (decision.stopped()) {
          return (T) failure(checked);
        }
        try {
          advisor.sleeper().sleep(decision.delay());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw checked.error().toException();
        }
        attempt = call.clone();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
