package dev.errorcatalog.spring.client;

import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;

/**
 * Whether a request may be sent again after a failure that may have taken effect; the retry interceptor asks
 * it for {@code idempotent-only} entries and undocumented 5xx responses.
 */
@FunctionalInterface
public interface Idempotency {

  /** The methods RFC 9110 defines as idempotent. */
  Set<HttpMethod> IDEMPOTENT_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
      HttpMethod.TRACE, HttpMethod.PUT, HttpMethod.DELETE);

  /**
   * By the method (GET, HEAD, OPTIONS, TRACE, PUT, DELETE), or an {@code Idempotency-Key} header on any method
   * (the server then deduplicates).
   */
  Idempotency BY_METHOD = request -> IDEMPOTENT_METHODS.contains(request.getMethod())
      || request.getHeaders().getFirst("Idempotency-Key") != null;

  /** Whether the request is idempotent. */
  boolean isIdempotent(HttpRequest request);
}
