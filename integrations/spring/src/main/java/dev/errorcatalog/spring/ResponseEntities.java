package dev.errorcatalog.spring;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A {@link RenderedError} as the {@code ResponseEntity} a Spring MVC or WebFlux handler returns. */
public final class ResponseEntities {

  private ResponseEntities() {}

  /** The status, {@code Content-Type}, {@code Retry-After} and body of the rendered error. */
  public static ResponseEntity<byte[]> of(RenderedError error) {
    HttpHeaders headers = new HttpHeaders();
    if (!error.contentType().isEmpty()) {
      headers.set(HttpHeaders.CONTENT_TYPE, error.contentType());
    }
    error.retryAfterHeader().ifPresent(seconds -> headers.set(HttpHeaders.RETRY_AFTER, seconds));
    byte[] body = error.body().length == 0 ? null : error.body();
    return new ResponseEntity<>(body, headers, error.status());
  }
}
