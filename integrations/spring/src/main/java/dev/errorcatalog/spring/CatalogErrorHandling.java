package dev.errorcatalog.spring;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Decides which catalog response, if any, answers an exception; the same for Spring MVC and WebFlux.
 *
 * <ol>
 *   <li>A {@link CatalogException} the service raised, with a documented HTTP error entry: that entry's response.
 *   <li>A {@link CatalogException} {@linkplain CatalogException#isDecoded() decoded} from an upstream's response:
 *       never the upstream's answer as it was, but what {@link UpstreamErrors} says (the application's explicit
 *       mapping, else the {@code errorcatalog.errors.upstream} entry), else as an uncaught exception (below).
 *   <li>A validation failure: the {@code errorcatalog.errors.validation} entry, the field errors as arguments.
 *   <li>A Spring error response (unknown route 404, method 405, Accept 406, content type 415): the entry named
 *       for its status. Spring's other error responses ({@code ResponseStatusException} and the like),
 *       exceptions annotated {@code @ResponseStatus}, those Spring answers itself with a 4xx (unreadable body,
 *       type mismatch) and Spring Security's (which its filters answer) are left alone.
 *   <li>Anything else: the catalog's generic 500 entry ({@code errorcatalog.errors.internal}), logged with a
 *       fingerprint.
 * </ol>
 *
 * <p>{@code null} means "not ours": the caller rethrows, so Spring's own handling goes on unchanged.
 */
public class CatalogErrorHandling {

  private static final boolean BEAN_VALIDATION =
      ClassUtils.isPresent("jakarta.validation.ConstraintViolationException", CatalogErrorHandling.class.getClassLoader());

  /**
   * Exceptions that are not {@link ErrorResponse}s but that Spring answers with a 4xx (or, for a client gone,
   * not at all): by name, as some are in modules the application may not have.
   */
  private static final Set<String> SPRINGS_OWN = Set.of(
      "org.springframework.http.converter.HttpMessageNotReadableException",
      "org.springframework.beans.TypeMismatchException",
      "org.springframework.web.context.request.async.AsyncRequestNotUsableException");

  private final CatalogErrorRenderer renderer;
  private final FrameworkErrors errors;
  private final UpstreamErrors upstream;
  private final ErrorLog log;

  /** Without an answer for upstreams' errors ({@link UpstreamErrors#NONE}): each is an uncaught exception. */
  public CatalogErrorHandling(CatalogErrorRenderer renderer, FrameworkErrors errors, ErrorLog log) {
    this(renderer, errors, UpstreamErrors.NONE, log);
  }

  public CatalogErrorHandling(
      CatalogErrorRenderer renderer, FrameworkErrors errors, UpstreamErrors upstream, ErrorLog log) {
    this.renderer = renderer;
    this.errors = errors;
    this.upstream = upstream;
    this.log = log;
  }

  /** The framework errors this handling answers. */
  public FrameworkErrors errors() {
    return errors;
  }

  /**
   * The response for an exception a request failed with, logged once; {@code null} to leave it to Spring.
   *
   * @param method the request method, for the log
   * @param path the request path, for the log
   */
  public RenderedError handle(Throwable exception, String method, String path) {
    if (exception instanceof CatalogException catalogException) {
      if (catalogException.isDecoded()) {
        return upstream(catalogException, method, path);
      }
      CatalogError entry = catalogException.error().orElse(null);
      if (entry != null && CatalogErrorRenderer.isRenderable(entry)) {
        RenderedError rendered = renderer.render(catalogException);
        log.rendered(rendered, method, path, null);
        return rendered;
      }
      return uncovered(exception, method, path);
    }
    Map<String, String> violations = validationArgs(exception);
    if (violations != null) {
      return errors.validation() == null ? null : framework(errors.validation(), violations, exception, method, path);
    }
    if (exception instanceof ErrorResponse response) {
      CatalogError entry = errors.forStatus(response.getStatusCode().value()).orElse(null);
      return entry == null ? null : framework(entry, Map.of(), exception, method, path);
    }
    if (isSpringsOwn(exception)) {
      return null;
    }
    return uncovered(exception, method, path);
  }

  /** The response for Spring Security's 401 or 403 ({@code status}), if an entry is named; logged once. */
  public RenderedError security(int status, Throwable exception, String method, String path) {
    CatalogError entry = status == 401 ? errors.unauthorized() : errors.forbidden();
    return entry == null ? null : framework(entry, Map.of(), exception, method, path);
  }

  private RenderedError framework(
      CatalogError entry, Map<String, String> args, Throwable exception, String method, String path) {
    RenderedError rendered = renderer.render(entry, args, null, null);
    log.rendered(rendered, method, path, exception);
    return rendered;
  }

  /** An upstream's error: the application's mapping, else the upstream entry, else an uncaught exception. */
  private RenderedError upstream(CatalogException exception, String method, String path) {
    CatalogException mapped = upstream.mapped(exception).orElse(null);
    RenderedError rendered = mapped != null
        ? renderer.render(mapped)
        : upstream.entry() != null ? renderer.render(upstream.entry(), Map.of(), null, null) : null;
    if (rendered == null) {
      return uncovered(exception, method, path);
    }
    log.upstream(rendered, method, path, exception);
    return rendered;
  }

  private RenderedError uncovered(Throwable exception, String method, String path) {
    RenderedError rendered = errors.internal() == null
        ? null
        : renderer.render(errors.internal(), Map.of(), null, null);
    log.uncovered(exception, rendered, method, path);
    return rendered;
  }

  /** Whether Spring answers this exception itself, so that it is not an uncaught one. */
  private static boolean isSpringsOwn(Throwable exception) {
    if (AnnotatedElementUtils.hasAnnotation(exception.getClass(), ResponseStatus.class)) {
      return true;
    }
    for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
      String name = type.getName();
      if (name.startsWith("org.springframework.security.")
          || SPRINGS_OWN.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The field errors of a validation failure, or {@code null} when the exception is not one. */
  private static Map<String, String> validationArgs(Throwable exception) {
    Map<String, String> args = ValidationArgs.of(exception);
    if (args == null && BEAN_VALIDATION) {
      args = ConstraintViolationArgs.of(exception);
    }
    return args;
  }
}
