package dev.errorcatalog.spring.mvc;

import dev.errorcatalog.spring.CatalogErrorHandling;
import dev.errorcatalog.spring.RenderedError;
import dev.errorcatalog.spring.ResponseEntities;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Spring MVC: answers a {@code CatalogException} thrown by a handler with its entry's documented response,
 * and the framework's own errors with the entries named for them (see {@link CatalogErrorHandling}).
 *
 * <p>Ordered last: a controller's own {@code @ExceptionHandler} methods, and a project's
 * {@code @ControllerAdvice} (of any order; at the same lowest order it still comes first, being registered
 * before auto-configuration), win. An exception this advice does not answer is rethrown as it was, which
 * Spring takes as "continue with the default handling".
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CatalogExceptionAdvice {

  private final CatalogErrorHandling handling;

  public CatalogExceptionAdvice(CatalogErrorHandling handling) {
    this.handling = handling;
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<byte[]> handle(Exception exception, HttpServletRequest request) throws Exception {
    RenderedError rendered = handling.handle(exception, request.getMethod(), request.getRequestURI());
    if (rendered == null) {
      throw exception;
    }
    return ResponseEntities.of(rendered);
  }
}
