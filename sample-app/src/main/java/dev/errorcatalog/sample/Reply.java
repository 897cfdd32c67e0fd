package dev.errorcatalog.sample;

import dev.errorcatalog.CatalogException;
import java.time.Duration;
import java.util.Optional;

/**
 * One HTTP answer of the sample server.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}, or {@code ""} for a response without a body
 * @param body the body text
 * @param retryAfter the {@code Retry-After} to send, if any
 */
record Reply(int status, String contentType, String body, Optional<Duration> retryAfter) {

  /** A success with a JSON body. */
  static Reply json(int status, String body) {
    return new Reply(status, "application/json", body, Optional.empty());
  }

  /**
   * The documented answer for a thrown catalog exception: its status, its documented body and content type
   * (from the generated encoder, through the exception's {@code body()} and {@code contentType()}), and its
   * retry hint as a {@code Retry-After} header.
   */
  static Reply error(CatalogException e, String contentType, String body) {
    return new Reply(e.status(), contentType, body, e.retryAfter());
  }
}
