package dev.errorcatalog.spring.client;

import dev.errorcatalog.RetryAdvisor;
import org.springframework.http.HttpRequest;

/**
 * Whether a request may be sent again after a failure that may have taken effect; the retry interceptor asks
 * it for {@code idempotent-only} entries and undocumented 5xx responses.
 */
@FunctionalInterface
public interface Idempotency {

  /**
   * By the method, as {@link RetryAdvisor#isIdempotent(String)} says (GET, HEAD, OPTIONS, TRACE, PUT, DELETE),
   * or an {@code Idempotency-Key} header on any method (the server then deduplicates).
   */
  Idempotency BY_METHOD = request -> RetryAdvisor.isIdempotent(request.getMethod().name())
      || request.getHeaders().getFirst("Idempotency-Key") != null;

  /** Whether the request is idempotent. */
  boolean isIdempotent(HttpRequest request);
}
