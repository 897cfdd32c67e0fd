package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import dev.errorcatalog.okhttp.OkHttpErrors;
import retrofit2.Call;
import retrofit2.Response;

/** The attempts of one adapted call: decodes each error response and asks the advisor, if any, what next. */
final class CatalogAttempts {

  private final ErrorDecoder<?> decoder;
  private final RetryAdvisor advisor;
  private final RetryAdvisor.Retries retries;

  CatalogAttempts(Call<?> call, ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    this.decoder = decoder;
    this.advisor = advisor;
    this.retries = advisor == null ? null : advisor.begin(RetryAdvisor.isIdempotent(call.request().method()));
  }

  /** The decoded error of a response of 400 or above (its error body read once); {@code null} below 400. */
  DecodedError<?> error(Response<?> response) {
    return response.code() < 400 ? null
        : OkHttpErrors.decode(decoder, response.code(), response.headers(), response.errorBody());
  }

  /** What to do after this error: a stop without an advisor. */
  RetryDecision next(DecodedError<?> error) {
    return retries == null ? RetryDecision.stop("no retries configured") : retries.next(error);
  }

  RetryAdvisor advisor() {
    return advisor;
  }
}
