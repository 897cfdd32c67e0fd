package dev.errorcatalog.spring.security;

import dev.errorcatalog.spring.CatalogErrorHandling;
import dev.errorcatalog.spring.RenderedError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security (WebFlux): the reactive twins of {@link CatalogSecurityHandlers}. Plug them in with
 * {@code http.exceptionHandling(e -> e.authenticationEntryPoint(handlers.entryPoint())
 * .accessDeniedHandler(handlers.accessDeniedHandler()))}.
 */
public class CatalogServerSecurityHandlers {

  private final CatalogErrorHandling handling;

  public CatalogServerSecurityHandlers(CatalogErrorHandling handling) {
    this.handling = handling;
  }

  /** Answers an unauthenticated request (401). */
  public ServerAuthenticationEntryPoint entryPoint() {
    return (exchange, exception) -> write(401, exception, exchange);
  }

  /** Answers an authenticated request that may not do what it asked (403). */
  public ServerAccessDeniedHandler accessDeniedHandler() {
    return (exchange, exception) -> write(403, exception, exchange);
  }

  private Mono<Void> write(int status, Exception exception, ServerWebExchange exchange) {
    ServerHttpRequest request = exchange.getRequest();
    ServerHttpResponse response = exchange.getResponse();
    RenderedError rendered =
        handling.security(status, exception, request.getMethod().name(), request.getPath().value());
    if (rendered == null) {
      response.setStatusCode(HttpStatusCode.valueOf(status));
      return response.setComplete();
    }
    response.setStatusCode(HttpStatusCode.valueOf(rendered.status()));
    if (!rendered.contentType().isEmpty()) {
      response.getHeaders().set(HttpHeaders.CONTENT_TYPE, rendered.contentType());
    }
    rendered.retryAfterHeader().ifPresent(seconds -> response.getHeaders().set(HttpHeaders.RETRY_AFTER, seconds));
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(rendered.body())));
  }
}
