package dev.errorcatalog.feign;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import feign.Request;
import feign.Response;
import feign.ResponseInterceptor;
import feign.RetryableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Feign {@link feign.codec.ErrorDecoder} that decodes every error response with a catalog's decoder and returns
 * the catalog's exception itself (the typed exception of a documented error, the catalog's response exception of
 * any other, the raw body kept), which Feign throws as it is, whatever retryer it has: Feign's own
 * {@code Retryer.Default} and {@code Retryer.NEVER_RETRY} never see a catalog error (they still retry I/O errors as
 * Feign does). The advisor's decision after this first failure travels with the exception
 * ({@link CatalogException#retryAdvice()}), so that a retry library around the client (Resilience4j's
 * {@code CatalogRetry}) can read it.
 *
 * <p>Only during a call that {@link CatalogRetryer} runs with the same {@link RetryAdvisor} does it return Feign's
 * {@link RetryableException} instead, where the advisor allows a retry: the catalog's exception as its cause, the
 * advisor's delay as its {@code retryAfter}; the retryer then follows the advisor in full and throws the typed
 * exception itself when it stops. Inside a catalog retry layer ({@link RetryAdvisor#insideRetryLayer()}) the
 * retryer switches itself off and the outer layer retries: retries never multiply.
 *
 * <p>Each decoded error is reported to the {@link CatalogListeners}. The body is read once. Feign's default client
 * has already undone a gzip {@code Content-Encoding}; a body still compressed is decompressed by the decoder.
 * Errors the catalog documents at a success status (an API answering {@code 200 {"ok": false}}) reach no error
 * decoder in Feign: add {@link #errorsAtSuccessStatus()} as a response interceptor.
 */
public final class CatalogErrorDecoder implements feign.codec.ErrorDecoder {

  private final ErrorDecoder<?> decoder;
  private final RetryAdvisor advisor;

  /** Decodes with {@code decoder}, and judges retries with the advisor a {@code new CatalogRetryer()} also uses. */
  public CatalogErrorDecoder(ErrorDecoder<?> decoder) {
    this(decoder, CatalogRetryer.DEFAULT_ADVISOR);
  }

  /**
   * @param decoder the catalog's decoder, e.g. {@code ErrorCatalogs.catalog("insider-one").decoder()}
   * @param advisor judges whether the entry allows a retry, and the first delay; give {@link CatalogRetryer} the
   *     same one
   */
  public CatalogErrorDecoder(ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.advisor = Objects.requireNonNull(advisor, "advisor");
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    return decode(response, body(response));
  }

  /** The exception of a response whose body has been read. */
  Exception decode(Response response, byte[] body) {
    DecodedError<?> decoded = decoder.decode(response.status(), headers(response.headers()), body);
    CatalogListeners.fireDecoded(decoded);
    CatalogException failure = decoded.toException();
    Request request = response.request();
    Request.HttpMethod method = request == null ? null : request.httpMethod();
    boolean idempotent = method != null && RetryAdvisor.isIdempotent(method.name());
    RetryDecision first = advisor.advise(decoded, 1, idempotent, Duration.ZERO);
    failure.recordRetryAdvice(new RetryAdvice(first, 1, idempotent, false));
    if (first.stopped() || !CatalogRetryer.takeCharge(advisor)) {
      return failure;
    }
    long retryAfter = advisor.clock().millis() + first.delay().toMillis();
    return new RetryableException(response.status(), failure.getMessage(), method, failure, retryAfter, request);
  }

  /**
   * A response interceptor ({@code Feign.builder().responseInterceptor(...)}) for APIs that answer some errors with
   * a success status ({@code error: true} entries, Slack's {@code 200 {"ok": false}}): at a success status where the
   * catalog documents errors ({@link ErrorDecoder#errorsAt}) the body is read, decoded, and an error thrown as this
   * decoder returns it (the typed exception, or Feign's {@code RetryableException} for {@link CatalogRetryer}); any
   * other body is decoded by Feign's decoder as usual, from the same bytes.
   */
  public ResponseInterceptor errorsAtSuccessStatus() {
    return new SuccessStatusErrors(this, decoder);
  }

  /** Feign's headers as the decoder takes them. */
  static Map<String, List<String>> headers(Map<String, Collection<String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (headers != null) {
      headers.forEach((name, values) -> copy.put(name, values == null ? List.of() : new ArrayList<>(values)));
    }
    return copy;
  }

  /** The whole body, read once; what was read before an I/O error, rather than nothing. */
  static byte[] body(Response response) {
    Response.Body body = response.body();
    if (body == null) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = body.asInputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // A connection cut mid-body: the bytes that came still decode (never a second read).
    }
    return out.toByteArray();
  }
}
