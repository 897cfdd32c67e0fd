package dev.errorcatalog.spring.client;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * For {@code RestClient} (and {@code RestTemplate}): sends a request again after an error response when
 * {@link RetryAdvisor} says so, after the wait it says, through the advisor's {@link Sleeper} (and on its
 * clock: give the advisor a test clock and sleeper to check a schedule without waiting); the request's
 * idempotency comes from {@link Idempotency}. The attempts run on the runtime's one retry loop
 * ({@link RetryAdvisor#retry}): each error response decoded is reported to the {@link CatalogListeners}, and each
 * decision too, recorded on the exception. The last response, when the advisor stops, is handed on with its body
 * buffered, so that {@link CatalogResponseErrorHandler} throws the typed exception (the loop's own, its decision
 * recorded: a catalog retry layer outside does not retry it again).
 *
 * <p>Add it as the last interceptor: on Framework 6.2 a second attempt does not pass again through the
 * interceptors added after it.
 */
public class CatalogRetryInterceptor implements ClientHttpRequestInterceptor {

  private static final Log LOG = LogFactory.getLog(CatalogRetryInterceptor.class);

  private final CatalogDecoding decoding;
  private final RetryAdvisor advisor;
  private final Idempotency idempotency;

  /**
   * @param advisor the advisor: its rules, its clock (the time since the first attempt) and its sleeper (the
   *     waits)
   * @param idempotency says which requests may be repeated
   */
  public CatalogRetryInterceptor(CatalogDecoding decoding, RetryAdvisor advisor, Idempotency idempotency) {
    this.decoding = Objects.requireNonNull(decoding, "decoding");
    this.advisor = Objects.requireNonNull(advisor, "advisor");
    this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
  }

  /** With a default advisor (real time) and idempotency by method, for the catalogs with these ids. */
  public static CatalogRetryInterceptor of(String... catalogIds) {
    return new CatalogRetryInterceptor(CatalogDecoding.of(catalogIds), new RetryAdvisor(), Idempotency.BY_METHOD);
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    boolean idempotent = idempotency.isIdempotent(request);
    BufferedResponse[] last = new BufferedResponse[1];
    try {
      // The runtime's one retry loop: it records each decision on the exception and reports it to the listeners.
      return advisor.retry(idempotent, () -> {
        if (last[0] != null) {
          last[0].close(); // retried: the previous error response is done with
          last[0] = null;
        }
        ClientHttpResponse response = execution.execute(request, body);
        int status = response.getStatusCode().value();
        if (!response.getStatusCode().isError()) {
          return response;
        }
        byte[] bytes = response.getBody().readAllBytes();
        DecodedError<?> decoded = decoding.decode(status, CatalogDecoding.headerMap(response.getHeaders()), bytes);
        CatalogListeners.fireDecoded(decoded);
        CatalogException failure = decoded.toException();
        last[0] = new BufferedResponse(response, bytes, failure);
        throw failure;
      });
    } catch (CatalogException stop) {
      BufferedResponse stopped = last[0];
      if (stopped == null || stopped.failure() != stop) {
        throw stop;
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug("errorcatalog: " + request.getMethod() + " " + request.getURI() + " answered "
            + stopped.getStatusCode().value() + ": " + stop.retryAdvice().map(a -> a.decision().toString()).orElse(""));
      }
      // Handed on, body buffered: the status handler throws this very exception, the loop's decision on it.
      return stopped;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting to retry " + request.getURI());
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
