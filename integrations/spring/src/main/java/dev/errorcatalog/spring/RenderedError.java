package dev.errorcatalog.spring;

import dev.errorcatalog.CatalogError;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One error response, ready to send: the same for Spring MVC, WebFlux and the security handlers, which
 * each only copy it onto their own response type.
 *
 * @param entry the catalog entry it renders
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}; {@code ""} when there is no body
 * @param body the body bytes (UTF-8); empty for entries documented without a body
 * @param retryAfter the wait to announce in {@code Retry-After}, or {@code null}
 */
public record RenderedError(CatalogError entry, int status, String contentType, byte[] body, Duration retryAfter) {

  public RenderedError {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }

  /** The {@code Retry-After} value in whole seconds, rounded up, when there is a wait. */
  public Optional<String> retryAfterHeader() {
    if (retryAfter == null || retryAfter.isNegative()) {
      return Optional.empty();
    }
    long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    return Optional.of(Long.toString(seconds));
  }
}
