package dev.errorcatalog.spring;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A {@link RenderedError} as the {@code ResponseEntity} a Spring MVC or WebFlux handler returns. */
public final class ResponseEntities {

  private ResponseEntities() {}

  /** The status, {@code Content-Type}, {@code Retry-After} and body of the rendered error. */
  public static ResponseEntity<byte[]> of(RenderedError error) {
    // The builder, not new ResponseEntity(body, headers, status): that constructor takes a MultiValueMap on
    // Framework 6.2, which HttpHeaders no longer is on Framework 7.
    ResponseEntity.BodyBuilder response = ResponseEntity.status(error.status());
    if (!error.contentType().isEmpty()) {
      response.header(HttpHeaders.CONTENT_TYPE, error.contentType());
    }
    error.retryAfterHeader().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
    return error.body().length == 0 ? response.build() : response.body(error.body());
  }
}
