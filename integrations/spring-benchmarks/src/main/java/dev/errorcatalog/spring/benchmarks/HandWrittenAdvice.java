package dev.errorcatalog.spring.benchmarks;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The baseline: what a service writes without the starter, one handler per catalog, returning the documented
 * body the generated exception renders, its content type and Retry-After.
 */
@RestControllerAdvice
public class HandWrittenAdvice {

  @ExceptionHandler(PingbackException.class)
  public ResponseEntity<byte[]> pingback(PingbackException e) {
    ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status()).header(HttpHeaders.CONTENT_TYPE, e.contentType());
    e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getSeconds())));
    return response.body(e.body().getBytes(StandardCharsets.UTF_8));
  }

  @ExceptionHandler(GetresponseException.class)
  public ResponseEntity<byte[]> getresponse(GetresponseException e) {
    ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status()).header(HttpHeaders.CONTENT_TYPE, e.contentType());
    e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getSeconds())));
    return response.body(e.body().getBytes(StandardCharsets.UTF_8));
  }
}
