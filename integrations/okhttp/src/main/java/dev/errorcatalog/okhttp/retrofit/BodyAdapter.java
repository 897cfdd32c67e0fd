package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
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
    RetryAdvisor retrying = attempts.retrying(call, true);
    // The first attempt uses the call itself, each retry a clone (a Retrofit call executes once).
    boolean[] first = {true};
    RetryAdvisor.Attempt<Object, IOException> attempt = () -> {
      Call<Object> c = first[0] ? call : call.clone();
      first[0] = false;
      return attempt(c, attempts);
    };
    try {
      return (T) (retrying == null ? attempt.call() : retrying.retry(attempts.idempotent(), attempt));
    } catch (CatalogException e) {
      CatalogAttempts.Checked stopped = attempts.stoppedAt(e);
      if (stopped == null) {
        throw e;
      }
      return (T) failure(stopped);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw attempts.lastFailure(); // interrupted while waiting to retry: the error it waited after
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One execution: the method's value for a response that is no error, else the catalog's exception thrown. */
  private Object attempt(Call<Object> call, CatalogAttempts attempts) throws IOException {
    Response<Object> response;
    try {
      response = call.execute();
    } catch (CatalogIOException e) {
      throw e.getCause(); // a CatalogInterceptor on the client judged it
    }
    CatalogAttempts.Checked checked = attempts.check(response);
    if (checked.error() == null) {
      return success(checked);
    }
    throw attempts.failed(checked);
  }
}
