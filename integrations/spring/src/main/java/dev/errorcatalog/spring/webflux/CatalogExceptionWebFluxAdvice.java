package dev.errorcatalog.spring.webflux;

import dev.errorcatalog.spring.CatalogErrorHandling;
import dev.errorcatalog.spring.RenderedError;
import dev.errorcatalog.spring.ResponseEntities;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import reactor.core.publisher.Mono;

/**
 * Spring WebFlux: as the MVC advice, for annotated controllers and for the errors WebFlux raises before it
 * picks a handler (unknown route, method, media type), which it hands to the controller advice too.
 * Ordered last, so that a project's own handlers win; what it does not answer goes on as it was.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CatalogExceptionWebFluxAdvice {

  private final CatalogErrorHandling handling;

  public CatalogExceptionWebFluxAdvice(CatalogErrorHandling handling) {
    this.handling = handling;
  }

  @ExceptionHandler(Exception.class)
  public Mono<ResponseEntity<byte[]>> handle(Exception exception, ServerHttpRequest request) {
    RenderedError rendered =
        handling.handle(exception, request.getMethod().name(), request.getPath().value());
    return rendered == null ? Mono.error(exception) : Mono.just(ResponseEntities.of(rendered));
  }
}
