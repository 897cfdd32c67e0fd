package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.orders.AcmeOrdersError;
import com.example.orders.AcmeOrdersErrors;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.ErrorCatalogs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CatalogErrorHandling} of an upstream's error, without a server: the application's mappings in order,
 * then the relay list, then {@code errorcatalog.errors.upstream}, then the handling of an uncaught exception;
 * a service's own exception as before.
 */
class UpstreamHandlingTest {

  private static final CatalogErrorRenderer RENDERER = new CatalogErrorRenderer(false, null);

  /** acme-orders' framework errors: only the 500 entry, found by its status. */
  private static final FrameworkErrors ERRORS = FrameworkErrors.resolve(properties());

  private static ErrorCatalogProperties properties() {
    ErrorCatalogProperties properties = new ErrorCatalogProperties();
    properties.setCatalog("acme-orders");
    return properties;
  }

  /** What a client decodes from an upstream's response. */
  private static CatalogException upstream(int status, String body) {
    return ErrorCatalogs.catalog("acme-orders").decoder().decode(status, body).toException();
  }

  private static final CatalogException NOT_FOUND =
      upstream(404, "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 42 not found\"}");

  private static RenderedError handle(UpstreamErrors upstream, FrameworkErrors errors, CatalogException e) {
    return new CatalogErrorHandling(RENDERER, errors, upstream, new ErrorLog(TraceIds.NONE)).handle(e, "GET", "/x");
  }

  private static String code(RenderedError rendered) {
    return rendered.entry().code();
  }

  @Test
  void withNothingConfiguredAnUpstreamsErrorIsAnUncaughtException() {
    assertEquals("INTERNAL_ERROR", code(handle(UpstreamErrors.NONE, ERRORS, NOT_FOUND)));
    assertNull(handle(UpstreamErrors.NONE, FrameworkErrors.NONE, NOT_FOUND), "left to Spring");
    // the constructor of before this issue: the same
    assertEquals("INTERNAL_ERROR", code(new CatalogErrorHandling(RENDERER, ERRORS, new ErrorLog(TraceIds.NONE))
        .handle(NOT_FOUND, "GET", "/x")));
  }

  @Test
  void theUpstreamEntryAnswersWhatNothingMaps() {
    UpstreamErrors upstream = new UpstreamErrors(AcmeOrdersError.UPSTREAM_FAILED, List.of());
    RenderedError rendered = handle(upstream, ERRORS, NOT_FOUND);
    assertEquals(502, rendered.status());
    assertEquals("{\"code\":\"UPSTREAM_FAILED\",\"message\":\"A service this one depends on failed.\"}",
        new String(rendered.body(), StandardCharsets.UTF_8));
    assertEquals("UPSTREAM_FAILED", code(handle(upstream, FrameworkErrors.NONE, upstream(504, "<html>"))),
        "an undocumented response too");
  }

  @Test
  void theMappingsComeFirstInOrder() {
    CatalogException mine = AcmeOrdersErrors.orderNotFound(7);
    UpstreamErrorMapper none = e -> Optional.empty();
    UpstreamErrorMapper mapsToMine = e -> Optional.of(mine);
    UpstreamErrorMapper relays = Optional::of;
    UpstreamErrors upstream = new UpstreamErrors(AcmeOrdersError.UPSTREAM_FAILED, List.of(none, mapsToMine, relays));
    RenderedError rendered = handle(upstream, ERRORS, NOT_FOUND);
    assertEquals("{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 7 not found\"}",
        new String(rendered.body(), StandardCharsets.UTF_8));
  }

  @Test
  void anAnswerWithoutAnHttpErrorEntryIsNoAnswer() {
    CatalogException undocumented = upstream(504, "<html>");
    UpstreamErrorMapper relays = Optional::of;
    UpstreamErrors upstream = new UpstreamErrors(AcmeOrdersError.UPSTREAM_FAILED, List.of(relays, e -> null));
    assertFalse(upstream.mapped(undocumented).isPresent());
    assertEquals("UPSTREAM_FAILED", code(handle(upstream, ERRORS, undocumented)));
  }

  @Test
  void aRelayedErrorIsItsEntrysDocumentedAnswer() {
    UpstreamErrors upstream = new UpstreamErrors(null, List.of(UpstreamRelay.of(List.of("acme-orders"))));
    RenderedError rendered = handle(upstream, ERRORS, NOT_FOUND);
    assertEquals(404, rendered.status());
    assertEquals("{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 42 not found\"}",
        new String(rendered.body(), StandardCharsets.UTF_8));
  }

  @Test
  void aServicesOwnExceptionIsAnsweredAsBefore() {
    CatalogException own = AcmeOrdersErrors.orderNotFound(42);
    assertFalse(own.isDecoded());
    RenderedError rendered = handle(UpstreamErrors.NONE, ERRORS, own);
    assertSame(AcmeOrdersError.ORDER_NOT_FOUND, rendered.entry());
    assertTrue(NOT_FOUND.isDecoded());
  }

  @Test
  void theUpstreamEntryMustBeAnError() {
    CatalogError created = AcmeOrdersError.ORDER_CREATED;
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new UpstreamErrors(created, List.of()));
    assertEquals("acme-orders ORDER_CREATED has status 201, not an HTTP error status", e.getMessage());
  }
}
