package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The attempts of one adapted call: each response checked (its bytes read once where the catalog may call it an
 * error), and the advisor, if any, asked what next.
 */
final class CatalogAttempts {

  private final CatalogCallAdapter<?> adapter;
  private final RetryAdvisor.Retries retries;

  CatalogAttempts(Call<?> call, CatalogCallAdapter<?> adapter) {
    this.adapter = adapter;
    RetryAdvisor advisor = adapter.advisor;
    this.retries = advisor == null ? null : advisor.begin(RetryAdvisor.isIdempotent(call.request().method()));
  }

  /**
   * One response checked: {@code error} when the catalog calls it an error; {@code bytes} the body read to
   * decide and {@code type} its media type ({@code bytes} is {@code null} where the body was not read).
   */
  record Checked(Response<?> response, byte[] bytes, MediaType type, DecodedError<?> error) {}

  /** Decodes a response whose status may be an error ({@link ErrorDecoder#errorsAt}), its body read once. */
  Checked check(Response<?> response) {
    ErrorDecoder<?> decoder = adapter.decoder;
    if (!decoder.errorsAt(response.code())) {
      return new Checked(response, null, null, null);
    }
    ResponseBody body = response.isSuccessful()
        ? (response.body() instanceof ResponseBody b ? b : null) : response.errorBody();
    MediaType type = body == null ? null : body.contentType();
    byte[] bytes = bytes(body);
    DecodedError<?> decoded = decoder.decode(response.code(), response.headers().toMultimap(), bytes);
    return new Checked(response, bytes, type, decoded.isError() ? decoded : null);
  }

  /** The whole body (Retrofit has buffered it), closed; empty for none. */
  private static byte[] bytes(ResponseBody body) {
    if (body == null) {
      return new byte[0];
    }
    try (body) {
      return body.bytes();
    } catch (IOException e) {
      return new byte[0]; // a buffered body does not fail; decoded as a response without one if it did
    }
  }

  /** What to do after this error: a stop without an advisor. */
  RetryDecision next(DecodedError<?> error) {
    return retries == null ? RetryDecision.stop("no retries configured") : retries.next(error);
  }

  RetryAdvisor advisor() {
    return adapter.advisor;
  }
}
