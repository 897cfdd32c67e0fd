package dev.errorcatalog.spring.security;

import dev.errorcatalog.spring.CatalogErrorHandling;
import dev.errorcatalog.spring.RenderedError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Spring Security (servlet): an authentication entry point that answers 401 with the
 * {@code errorcatalog.errors.unauthorized} entry, and an access-denied handler that answers 403 with the
 * {@code errorcatalog.errors.forbidden} one. Where no entry is named, the plain status is sent. Plug them into
 * the filter chain: {@code http.exceptionHandling(e -> e.authenticationEntryPoint(handlers.entryPoint())
 * .accessDeniedHandler(handlers.accessDeniedHandler()))}.
 */
public class CatalogSecurityHandlers {

  private final CatalogErrorHandling handling;

  public CatalogSecurityHandlers(CatalogErrorHandling handling) {
    this.handling = handling;
  }

  /** Answers an unauthenticated request (401). */
  public AuthenticationEntryPoint entryPoint() {
    return (request, response, exception) -> write(401, exception, request, response);
  }

  /** Answers an authenticated request that may not do what it asked (403). */
  public AccessDeniedHandler accessDeniedHandler() {
    return (request, response, exception) -> write(403, exception, request, response);
  }

  private void write(int status, Exception exception, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RenderedError rendered = handling.security(status, exception, request.getMethod(), request.getRequestURI());
    if (rendered == null) {
      response.sendError(status);
      return;
    }
    response.setStatus(rendered.status());
    if (!rendered.contentType().isEmpty()) {
      response.setHeader(HttpHeaders.CONTENT_TYPE, rendered.contentType());
    }
    rendered.retryAfterHeader().ifPresent(seconds -> response.setHeader(HttpHeaders.RETRY_AFTER, seconds));
    response.setContentLength(rendered.body().length);
    response.getOutputStream().write(rendered.body());
    response.flushBuffer();
  }
}
