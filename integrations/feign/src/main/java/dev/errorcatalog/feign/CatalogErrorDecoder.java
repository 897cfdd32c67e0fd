package dev.errorcatalog.feign;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import feign.Request;
import feign.Response;
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
 * A Feign {@link feign.codec.ErrorDecoder} that decodes every error response with a catalog's decoder.
 *
 * <ul>
 *   <li>When the entry's retry class allows a retry of this request (as {@link RetryAdvisor} judges a first
 *       failure: {@code never} and {@code after-action} do not, {@code idempotent-only} only for idempotent
 *       methods, an entry allowing one attempt does not), it returns Feign's {@link RetryableException}: the
 *       catalog's exception as its cause, and the advisor's delay as its {@code retryAfter}, so that Feign's
 *       own {@code Retryer.Default} waits at least that long; {@link CatalogRetryer} follows the advisor in full.
 *   <li>Otherwise it returns the catalog's exception itself, which Feign throws as it is: the typed exception of
 *       a documented error, the catalog's response exception of any other, the raw body kept.
 * </ul>
 *
 * <p>The body is read once. Feign's default client has already undone a gzip {@code Content-Encoding}; a body
 * still compressed is decompressed by the decoder.
 */
public final class CatalogErrorDecoder implements feign.codec.ErrorDecoder {

  private final ErrorDecoder<?> decoder;
  private final RetryAdvisor advisor;

  /** Decodes with {@code decoder}, and judges retries with a default {@link RetryAdvisor}. */
  public CatalogErrorDecoder(ErrorDecoder<?> decoder) {
    this(decoder, new RetryAdvisor());
  }

  /**
   * @param decoder the catalog's decoder, e.g. {@code ErrorCatalogs.catalog("insider-one").decoder()}
   * @param advisor judges whether the entry allows a retry, and the first delay
   */
  public CatalogErrorDecoder(ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.advisor = Objects.requireNonNull(advisor, "advisor");
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    DecodedError<?> decoded = decoder.decode(response.status(), headers(response.headers()), body(response));
    CatalogException failure = decoded.toException();
    Request request = response.request();
    Request.HttpMethod method = request == null ? null : request.httpMethod();
    boolean idempotent = method != null && RetryAdvisor.isIdempotent(method.name());
    RetryDecision first = advisor.advise(decoded, 1, idempotent, Duration.ZERO);
    if (first.stopped()) {
      return failure;
    }
    long retryAfter = advisor.clock().millis() + first.delay().toMillis();
    return new RetryableException(response.status(), failure.getMessage(), method, failure, retryAfter, request);
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
  private static byte[] body(Response response) {
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
