package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.ErrorCatalogs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The renderer, the Retry-After value and the log lines, without a server. */
@ExtendWith(OutputCaptureExtension.class)
class RenderingTest {

  private static CatalogError entry(String catalog, String code) {
    return ErrorCatalogs.catalog(catalog).byCode(code).map(CatalogError.class::cast).orElseThrow();
  }

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    CatalogError entry = entry("acme-orders", "RATE_LIMITED");
    assertEquals(Optional.of("2"), new RenderedError(entry, 429, "", new byte[0], Duration.ofMillis(1001)).retryAfterHeader());
    assertEquals(Optional.of("0"), new RenderedError(entry, 429, "", new byte[0], Duration.ZERO).retryAfterHeader());
    assertEquals(Optional.empty(), new RenderedError(entry, 429, "", new byte[0], null).retryAfterHeader());
  }

  @Test
  void theTypeIsAUrnWithoutADocsUrl() {
    CatalogError entry = entry("acme-orders", "ORDER_NOT_FOUND");
    assertEquals("urn:errorcatalog:acme-orders:" + entry.anchor(), new CatalogErrorRenderer(true, null).type(entry));
    assertEquals("https://x.example/acme-orders.html#" + entry.anchor(),
        new CatalogErrorRenderer(true, "https://x.example/{catalog}.html#{anchor}").type(entry));
  }

  @Test
  void aDocsLinkFieldCarriesTheEntrysDocsUrl() {
    // GetResponse's shape marks moreInfo role: docs-link; pingback's shape has no such field.
    CatalogError linked = entry("getresponse", "1000");
    String docs = "https://x.example/{catalog}.html#{anchor}";
    String body = new String(new CatalogErrorRenderer(false, docs).render(linked, Map.of(), null, null).body(),
        StandardCharsets.UTF_8);
    assertTrue(body.contains("\"moreInfo\":\"https://x.example/getresponse.html#" + linked.anchor() + "\""), body);

    String given = new String(new CatalogErrorRenderer(false, docs)
        .render(linked, Map.of("moreInfo", "https://given.example/1000"), null, null).body(), StandardCharsets.UTF_8);
    assertTrue(given.contains("\"moreInfo\":\"https://given.example/1000\""), given);

    String without = new String(new CatalogErrorRenderer(false, null).render(linked, Map.of(), null, null).body(),
        StandardCharsets.UTF_8);
    assertFalse(without.contains("moreInfo"), without);

    CatalogError unlinked = entry("pingback", "DEAL_NOT_FOUND");
    String plain = new String(new CatalogErrorRenderer(false, docs).render(unlinked, Map.of(), null, null).body(),
        StandardCharsets.UTF_8);
    assertEquals("{\"code\":\"DEAL_NOT_FOUND\",\"message\":\"Deal not found.\"}", plain);
  }

  @Test
  void theUrnAloneNamesTheEntryToTheDecoder() {
    CatalogError entry = entry("acme-orders", "ORDER_NOT_FOUND");
    String body = new String(new CatalogErrorRenderer(true, null).render(entry, Map.of("orderId", "42"), null, null)
        .body(), StandardCharsets.UTF_8);
    String withoutCode = body.replace("\"code\":\"ORDER_NOT_FOUND\",", "");
    assertNotEquals(body, withoutCode);
    var decoded = ErrorCatalogs.catalog("acme-orders").decoder().decode(404,
        Map.of("Content-Type", java.util.List.of(CatalogErrorRenderer.PROBLEM_JSON)),
        withoutCode.getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of(entry), decoded.entry().map(CatalogError.class::cast), decoded::toString);
    assertEquals(Map.of("orderId", "42"), decoded.args());
  }

  @Test
  void problemDetailsEscapeWhatTheyCarry() {
    CatalogError entry = entry("acme-orders", "ORDER_NOT_FOUND");
    RenderedError rendered = new CatalogErrorRenderer(true, null)
        .render(entry, Map.of("orderId", "4\"2\n"), null, "Order \"4\" not found\r\n");
    String body = new String(rendered.body(), StandardCharsets.UTF_8);
    // the detail and the arguments under SafeText's policy (CR and LF shown as \r and \n), then JSON-escaped
    assertTrue(body.contains("\"detail\":\"Order \\\"4\\\" not found\\\\r\\\\n\""), body);
    assertTrue(body.contains("\"args\":{\"orderId\":\"4\\\"2\\\\n\"}"), body);
  }

  @Test
  void argumentsAreShortenedAndEscapedInEveryMode() {
    CatalogError entry = entry("acme-orders", "VALIDATION_FAILED");
    String reason = "must be\r\nX-Injected: 1\u202E" + "z".repeat(100_000);
    Map<String, String> args = Map.of("field", "email", "reason", reason, "fields", "email");
    for (boolean problems : new boolean[] {false, true}) {
      String body = new String(new CatalogErrorRenderer(problems, null).render(entry, args, null, null).body(),
          StandardCharsets.UTF_8);
      assertTrue(body.length() < 2_000, body);
      assertTrue(body.contains("must be\\\\r\\\\nX-Injected: 1\\\\u202E" + "z".repeat(100)), body);
      assertTrue(body.contains("... [shortened: " + reason.length() + " characters]"), body);
      assertFalse(body.contains("\u202E"), body);
    }
  }

  @Test
  void aDecodedExceptionIsRenderedAsItsEntryDocumentsItNotAsItsResponseSaid() {
    CatalogError entry = entry("acme-orders", "ORDER_NOT_FOUND");
    String received = "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"<script>\\r\\nX-Injected: 1\u202E"
        + "z".repeat(10_000) + "\"}";
    // a status the entry does not document, and a wait: neither is the service's to announce
    CatalogException upstream = ErrorCatalogs.catalog("acme-orders").decoder().decode(410,
        Map.of("Retry-After", List.of("120")), received.getBytes(StandardCharsets.UTF_8)).toException();
    assertTrue(upstream.isDecoded());
    assertEquals(Optional.of(entry), upstream.error().map(CatalogError.class::cast));
    assertTrue(upstream.retryAfter().isPresent());
    for (boolean problems : new boolean[] {false, true}) {
      CatalogErrorRenderer renderer = new CatalogErrorRenderer(problems, null);
      RenderedError rendered = renderer.render(upstream);
      RenderedError documented = renderer.render(entry, Map.of(), null, null);
      assertEquals(404, rendered.status());
      assertEquals(Optional.empty(), rendered.retryAfterHeader());
      assertArrayEquals(documented.body(), rendered.body(), () -> new String(rendered.body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theUpstreamLogLineIsOneBoundedLine(CapturedOutput output) {
    CatalogError entry = entry("acme-orders", "UPSTREAM_FAILED");
    String received = "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"boom\\r\\nX-Injected: 1\u202E"
        + "z".repeat(900_000) + "\"}";
    CatalogException upstream = ErrorCatalogs.catalog("acme-orders").decoder()
        .decode(404, received).toException();
    RenderedError rendered = new CatalogErrorRenderer(false, null).render(entry, Map.of(), null, null);
    new ErrorLog(TraceIds.NONE).upstream(rendered, "GET", "/orders/7\r\nX-Forged: 1", upstream);
    String log = output.getAll();
    assertTrue(log.contains("errorcatalog: 502 acme-orders UPSTREAM_FAILED on GET /orders/7\\r\\nX-Forged: 1, "
        + "answering an upstream's HTTP 404 acme-orders ORDER_NOT_FOUND: com.example.orders."), log);
    assertFalse(log.contains("\u202E"), log);
    assertTrue(log.contains("boom\\r\\nX-Injected: 1\\u202Ezzz"), log);
    assertTrue(log.contains("zzz... [shortened: 900020 characters]"), log);
    assertEquals(1, log.lines().filter(line -> line.contains("errorcatalog: ")).count(), log);
    assertTrue(log.length() < 2_000, log);
  }

  @Test
  void aSuccessEntryIsNoErrorResponse() {
    CatalogError created = entry("acme-orders", "ORDER_CREATED");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CatalogErrorRenderer(false, null).render(created, Map.of(), null, null));
    assertEquals("acme-orders ORDER_CREATED has status 201, not an HTTP error status", e.getMessage());
  }

  @Test
  void anErrorAtASuccessStatusIsAnsweredAtItsStatus() {
    CatalogError onHold = entry("acme-orders", "ORDER_ON_HOLD");
    RenderedError rendered = new CatalogErrorRenderer(false, null).render(onHold, Map.of("orderId", "7"), null, null);
    assertEquals(200, rendered.status());
    assertEquals("{\"code\":\"ORDER_ON_HOLD\",\"message\":\"Order 7 is on hold.\"}",
        new String(rendered.body(), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void theLogLineCarriesTheTraceId(CapturedOutput output) {
    CatalogError entry = entry("acme-orders", "ORDER_NOT_FOUND");
    RenderedError rendered = new CatalogErrorRenderer(false, null).render(entry, Map.of("orderId", "42"), null, null);
    new ErrorLog(() -> "4bf92f3577b34da6a3ce929d0e0e4736").rendered(rendered, "GET", "/orders/42", null);
    assertTrue(output.getAll().contains(
        "errorcatalog: 404 acme-orders ORDER_NOT_FOUND on GET /orders/42 [trace 4bf92f3577b34da6a3ce929d0e0e4736]"),
        output::getAll);
  }

  @Test
  void aFingerprintNamesTheBugNotTheOccurrence() {
    assertEquals(ErrorLog.fingerprint(failure("a")), ErrorLog.fingerprint(failure("b")));
    assertNotEquals(ErrorLog.fingerprint(failure("a")), ErrorLog.fingerprint(new IllegalArgumentException("a")));
    assertTrue(ErrorLog.fingerprint(failure("a")).matches("[0-9a-f]{8}"));
  }

  private static RuntimeException failure(String message) {
    return new IllegalStateException(message);
  }
}
