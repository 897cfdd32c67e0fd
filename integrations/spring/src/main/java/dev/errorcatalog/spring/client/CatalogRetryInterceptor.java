package dev.errorcatalog.spring.client;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListener;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
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
 * idempotency comes from {@link Idempotency}. The last response, when the advisor stops, is handed on with its body
 * buffered, so the status handler decodes it and throws the typed exception.
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
    RetryAdvisor.Retries retries = advisor.begin(idempotent);
    CatalogException last = null;
    while (true) {
      ClientHttpResponse response = execution.execute(request, body);
      int status = response.getStatusCode().value();
      if (!response.getStatusCode().isError()) {
        if (last != null) {
          CatalogListeners.fireCallEnded(last, CatalogListener.Outcome.RECOVERED, retries.failedAttempts() + 1);
        }
        return response;
      }
      byte[] bytes = response.getBody().readAllBytes();
      DecodedError<?> decoded = decoding.decode(status, CatalogDecoding.headerMap(response.getHeaders()), bytes);
      RetryDecision decision = retries.next(decoded);
      if (LOG.isDebugEnabled()) {
        LOG.debug("errorcatalog: " + request.getMethod() + " " + request.getURI() + " answered " + status
            + ", attempt " + retries.failedAttempts() + ": " + decision);
      }
      last = reported(decoded, decision, retries.failedAttempts(), idempotent);
      if (decision.stopped()) {
        return new BufferedResponse(response, bytes);
      }
      response.close();
      try {
        advisor.sleeper().sleep(decision.delay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted =
            new InterruptedIOException("interrupted while waiting to retry " + request.getURI());
        interrupted.initCause(e);
        throw interrupted;
      }
    }
  }

  /**
   * Reports a decision to the runtime's listeners: the retried response as decoded (the last one is reported by the
   * status handler that throws its exception), the decision, and a call that gives up.
   */
  private static CatalogException reported(DecodedError<?> decoded, RetryDecision decision, int attempt,
      boolean idempotent) {
    if (decision.retry()) {
      CatalogListeners.fireDecoded(decoded);
    }
    CatalogException failure = decoded.toException();
    RetryAdvice advice = new RetryAdvice(decision, attempt, idempotent, true);
    CatalogListeners.fireRetryDecided(failure, advice);
    if (decision.stopped()) {
      CatalogListeners.fireCallEnded(failure, CatalogListener.Outcome.FAILED, attempt);
    }
    return failure;
  }
}
