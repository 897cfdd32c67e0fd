package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
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
  private final boolean idempotent;
  /** The last error checked and the exception thrown for it: a {@code Response<Body>} method returns the former. */
  private volatile Checked lastError;
  private volatile CatalogException lastFailure;

  CatalogAttempts(Call<?> call, CatalogCallAdapter<?> adapter) {
    this.adapter = adapter;
    this.idempotent = RetryAdvisor.isIdempotent(call.request().method());
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
    if (!decoded.isError()) {
      return new Checked(response, bytes, type, null);
    }
    CatalogListeners.fireDecoded(decoded);
    return new Checked(response, bytes, type, decoded);
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

  /**
   * The advisor to retry with on the runtime's one retry loop ({@link RetryAdvisor#retry}), or {@code null} for one
   * attempt: without an advisor, for a one-shot body, and, for a blocking call, inside a catalog retry layer on
   * this thread ({@link RetryAdvisor#insideRetryLayer()}), which retries itself.
   */
  RetryAdvisor retrying(Call<?> call, boolean blocking) {
    RetryAdvisor advisor = adapter.advisor;
    okhttp3.RequestBody body = call.request().body();
    boolean replayable = body == null || !body.isOneShot();
    if (advisor == null || !replayable || (blocking && RetryAdvisor.insideRetryLayer())) {
      return null;
    }
    return advisor;
  }

  boolean idempotent() {
    return idempotent;
  }

  /** The exception of an error checked, for the retry loop; remembered with it for {@link #stoppedAt}. */
  CatalogException failed(Checked error) {
    CatalogException failure = error.error().toException();
    lastError = error;
    lastFailure = failure;
    return failure;
  }

  /** The exception of the last error checked (only called after one). */
  CatalogException lastFailure() {
    return lastFailure;
  }

  /** The error checked whose exception the loop stopped with, or {@code null} for any other failure. */
  Checked stoppedAt(Throwable failure) {
    return failure != null && failure == lastFailure ? lastError : null;
  }
}
