package dev.errorcatalog.runtime;

import static dev.errorcatalog.runtime.AcmeCatalog.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogCodecTest {

  private final CatalogCodec<TestEntry> codec = AcmeCatalog.codec();

  private void assertDecodes(int status, String body, TestEntry entry, MatchKind kind, Map<String, String> args) {
    DecodedError<TestEntry> d = codec.decode(status, body);
    assertEquals(Optional.ofNullable(entry), d.entry(), () -> body + " -> " + d);
    assertEquals(kind, d.matchKind(), () -> body + " -> " + d);
    if (args != null) {
      assertEquals(args, d.args(), () -> body + " -> " + d);
    }
  }

  @Test
  void everyExampleDecodesToItsEntry() {
    for (Object[] example : AcmeCatalog.examples()) {
      TestEntry entry = (TestEntry) example[0];
      DecodedError<TestEntry> d = codec.decode(entry.httpStatus(), (String) example[1]);
      assertEquals(Optional.of(entry), d.entry(), () -> example[1] + " -> " + d);
    }
  }

  @Test
  void codeWinsOverMessageAndCapturesTheTemplate() {
    assertDecodes(404, "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 42 not found\"}",
        ORDER_NOT_FOUND, MatchKind.CODE, Map.of("orderId", "42"));
    // The code decides even when the message is another entry's and the status differs.
    assertDecodes(500, "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"slow down\"}", ORDER_NOT_FOUND, MatchKind.CODE,
        Map.of());
  }

  @Test
  void numericCodesArriveAsNumbersOrStrings() {
    assertDecodes(400, "{\"code\":1000,\"message\":\"Invalid value x\"}", INVALID_VALUE, MatchKind.CODE,
        Map.of("value", "x"));
    assertDecodes(400, "{\"code\":\"1000\"}", INVALID_VALUE, MatchKind.CODE, Map.of());
    assertDecodes(418, "{\"code\":1000}", INVALID_VALUE, MatchKind.CODE, Map.of());
  }

  @Test
  void unknownCodesAreNeverGuessed() {
    assertDecodes(404, "{\"code\":\"ORDER_NOT_FOUN\"}", null, MatchKind.NONE, Map.of());
    assertDecodes(404, "{\"code\":1001}", null, MatchKind.NONE, Map.of());
    assertDecodes(404, "{\"code\":1000.0}", null, MatchKind.NONE, Map.of());
    // An unknown code does not stop the message from matching.
    assertDecodes(404, "{\"code\":\"NOPE\",\"message\":\"Order 7 not found\"}", ORDER_NOT_FOUND, MatchKind.MESSAGE,
        Map.of("orderId", "7"));
  }

  @Test
  void codesAreReadOnlyAtTheirShapesCodePointer() {
    // RATE_LIMITED's shape names no code pointer: a body naming it is not decoded by code.
    assertDecodes(404, "{\"code\":\"RATE_LIMITED\"}", null, MatchKind.NONE, Map.of());
  }

  @Test
  void messagesMatchTemplatesAtTheStatusAndCapturePlaceholders() {
    assertDecodes(400, "{\"message\":\"date range must not exceed 90 days\"}", DATE_RANGE, MatchKind.MESSAGE,
        Map.of("maxDays", "90"));
    assertDecodes(400, "{\"message\":\"date range too long: max 30 days\"}", DATE_RANGE, MatchKind.MESSAGE,
        Map.of("maxDays", "30"));
    // int placeholders take only whole numbers: the catch-all template takes the message instead.
    assertDecodes(400, "{\"message\":\"date range must not exceed ninety days\"}", GENERIC_400, MatchKind.MESSAGE,
        Map.of("detail", "date range must not exceed ninety days"));
    // At another status the same message is not documented.
    assertDecodes(404, "{\"message\":\"date range must not exceed 90 days\"}", null, MatchKind.NONE, Map.of());
  }

  @Test
  void theLongestLiteralWins() {
    assertDecodes(400, "{\"message\":\"Error: field name missing\"}", FIELD_MISSING, MatchKind.MESSAGE,
        Map.of("field", "name"));
    assertDecodes(400, "{\"message\":\"Error: field name gone\"}", ERROR_PREFIX, MatchKind.MESSAGE,
        Map.of("detail", "field name gone"));
    assertDecodes(400, "{\"message\":\"Other\"}", GENERIC_400, MatchKind.MESSAGE, Map.of("detail", "Other"));
  }

  @Test
  void constantsMakeACandidateMoreSpecific() {
    String message = "Quota of 10 reached, 10.5 used, strict=true";
    assertDecodes(403, "{\"error\":{\"message\":\"" + message + "\"}}", QUOTA, MatchKind.MESSAGE,
        Map.of("limit", "10", "used", "10.5", "strict", "true"));
    assertDecodes(403, "{\"error\":{\"kind\":\"billing\",\"message\":\"" + message + "\"}}", QUOTA_BILLING,
        MatchKind.MESSAGE, null);
    assertDecodes(403, "{\"error\":{\"kind\":\"other\",\"message\":\"" + message + "\"}}", QUOTA,
        MatchKind.MESSAGE, null);
  }

  @Test
  void shapeConstantsMustAllHold() {
    assertDecodes(400, "{\"success\":false,\"message\":\"Business rule R7 failed\"}", BUSINESS, MatchKind.MESSAGE,
        Map.of("rule", "R7"));
    // Without the shape's constant the body is not BUSINESS; the catch-all takes it.
    assertDecodes(400, "{\"success\":true,\"message\":\"Business rule R7 failed\"}", GENERIC_400,
        MatchKind.MESSAGE, null);
    // Constants compare by value: a retyped "false" is still the constant false.
    assertDecodes(400, "{\"success\":\"false\",\"message\":\"Business rule R7 failed\"}", BUSINESS,
        MatchKind.MESSAGE, Map.of("rule", "R7"));
    assertDecodes(400, "{\"success\":\"False\",\"message\":\"Business rule R7 failed\"}", GENERIC_400,
        MatchKind.MESSAGE, null);
    assertDecodes(400, "{\"success\":0,\"message\":\"Business rule R7 failed\"}", GENERIC_400,
        MatchKind.MESSAGE, null);
    assertDecodes(400, "{\"success\":null,\"message\":\"Business rule R7 failed\"}", GENERIC_400,
        MatchKind.MESSAGE, null);
  }

  @Test
  void entriesWithConstantsAndNoMessageMatchOnConstants() {
    assertDecodes(400, "{\"error\":\"invalid_notifications\"}", INVALID_NOTIFICATIONS, MatchKind.MESSAGE, Map.of());
    assertDecodes(400, "{\"message\":\"hello\",\"error\":\"invalid_notifications\"}", INVALID_NOTIFICATIONS,
        MatchKind.MESSAGE, Map.of());
  }

  @Test
  void pointersReachIntoArraysAndNestedObjects() {
    assertDecodes(422, "{\"errors\":[{\"message\":\"Field email is invalid: bad format\",\"field\":\"email\"},"
        + "{\"message\":\"second\"}]}", FIELD_INVALID, MatchKind.MESSAGE,
        Map.of("field", "email", "reason", "bad format"));
    // Only index 0 counts.
    assertDecodes(422, "{\"errors\":[{\"message\":\"first\"},{\"message\":\"Field a is invalid: b\"}]}",
        null, MatchKind.NONE, Map.of());
    // An object where an array is expected does not match "0" as an index... but "0" as a key does.
    assertDecodes(422, "{\"errors\":{\"0\":{\"message\":\"Field a is invalid: b\"}}}", FIELD_INVALID,
        MatchKind.MESSAGE, Map.of("field", "a", "reason", "b"));
  }

  @Test
  void textBodiesAreTheMessageTrimmed() {
    assertDecodes(500, "  Internal error abc-123\r\n", INTERNAL, MatchKind.MESSAGE, Map.of("id", "abc-123"));
    DecodedError<TestEntry> d = codec.decode(500, "Internal error x");
    assertEquals(Optional.of("Internal error x"), d.message());
    assertDecodes(500, "{\"message\":\"Internal error x\"}", null, MatchKind.NONE, null);
  }

  @Test
  void statusAloneIsTheLastResort() {
    assertDecodes(401, "", UNAUTHORIZED, MatchKind.STATUS, Map.of());
    assertDecodes(401, " \r\n", UNAUTHORIZED, MatchKind.STATUS, Map.of());
    assertDecodes(200, "", OK, MatchKind.STATUS, Map.of());
  }

  /** Entries documented without a body take no body by their status: not JSON, text or a proxy's page. */
  @Test
  void theStatusAloneTakesOnlyTheBodyTheEntryDocuments() {
    assertDecodes(401, "{\"message\":\"whatever\"}", null, MatchKind.NONE, Map.of());
    assertEquals(Optional.of("whatever"), codec.decode(401, "{\"message\":\"whatever\"}").message(),
        "the message is kept");
    assertDecodes(401, "Unauthorized", null, MatchKind.NONE, Map.of());
    assertDecodes(503, "<html>down</html>", null, MatchKind.NONE, Map.of());
  }

  @Test
  void undocumentedStatusesDecodeToNone() {
    DecodedError<TestEntry> d = codec.decode(418, "{\"message\":\"teapot\"}");
    assertEquals(MatchKind.NONE, d.matchKind());
    assertEquals(Optional.empty(), d.entry());
    assertEquals(Optional.of("teapot"), d.message(), "the message is kept even when nothing matched");
    CatalogException e = d.toException();
    assertEquals(418, e.status());
  }

  @Test
  void fieldsGoIntoArgs() {
    DecodedError<TestEntry> d = codec.decode(429, "{\"limit\": 100, \"error\": \"slow down\", \"retryAfterSeconds\": 30}");
    assertSame(RATE_LIMITED, d.entry().orElseThrow());
    assertEquals(Map.of("limit", "100"), d.args());
    assertEquals(Optional.of(Duration.ofSeconds(30)), d.retryAfter());
  }

  @Test
  void keyOrderWhitespaceAndExtraFieldsDoNotMatter() {
    String[] bodies = {
        "{\"message\":\"Order 1 not found\",\"code\":\"ORDER_NOT_FOUND\"}",
        "\n\t {  \"extra\" : {\"deep\": [1, 2, {\"x\": null}]},\n \"code\" :\"ORDER_NOT_FOUND\" , \"message\": \"Order 1 not found\" }  ",
        "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 1 not found\",\"trailing\":[[[]]]}",
        "\uFEFF{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 1 not found\"}",
    };
    for (String body : bodies) {
      assertDecodes(404, body, ORDER_NOT_FOUND, MatchKind.CODE, Map.of("orderId", "1"));
    }
  }

  @Test
  void duplicateKeysKeepTheFirstValue() {
    assertDecodes(404, "{\"code\":\"ORDER_NOT_FOUND\",\"code\":\"NOPE\"}", ORDER_NOT_FOUND, MatchKind.CODE, null);
  }

  @Test
  void escapedMessagesAreUnescapedBeforeMatching() {
    assertDecodes(400, "{\"message\":\"Error: field \\\"na\\u006De\\\" missing\"}", FIELD_MISSING, MatchKind.MESSAGE,
        Map.of("field", "\"name\""));
  }

  @Test
  void rawBodyAndStatusAreKeptAsReceived() {
    byte[] body = "{\"code\":1000}".getBytes(StandardCharsets.UTF_8);
    DecodedError<TestEntry> d = codec.decode(400, Map.of(), body);
    assertEquals(400, d.status());
    assertArrayEquals(body, d.rawBody());
    DecodedError<TestEntry> none = codec.decode(400, Map.of(), null);
    assertEquals(0, none.rawBodyLength());
  }

  @Test
  void retryAfterHeaderInSecondsOrAsAnHttpDate() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    CatalogCodec<TestEntry> fixed = codec.withClock(Clock.fixed(now, ZoneOffset.UTC));
    assertEquals(Optional.of(Duration.ofSeconds(120)),
        fixed.decode(429, Map.of("retry-after", List.of("120")), new byte[0]).retryAfter());
    assertEquals(Optional.of(Duration.ofSeconds(90)),
        fixed.decode(429, Map.of("RETRY-AFTER", List.of("Thu, 01 Jan 2026 00:01:30 GMT")), new byte[0]).retryAfter());
    assertEquals(Optional.of(Duration.ZERO),
        fixed.decode(429, Map.of("Retry-After", List.of("Wed, 31 Dec 2025 23:00:00 GMT")), new byte[0]).retryAfter());
    for (String garbage : new String[] {"soon", "-5", "1.5", "", "99999999999999999999999", "Thu, 32 Jan 2026 00:00:00 GMT"}) {
      assertEquals(Optional.empty(),
          fixed.decode(429, Map.of("Retry-After", List.of(garbage)), new byte[0]).retryAfter(), garbage);
    }
    // The header wins over the body hint; garbage in the header leaves the body hint.
    byte[] body = "{\"error\":\"slow down\",\"retryAfterSeconds\":30}".getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of(Duration.ofSeconds(5)),
        fixed.decode(429, Map.of("Retry-After", List.of("5")), body).retryAfter());
    assertEquals(Optional.of(Duration.ofSeconds(30)),
        fixed.decode(429, Map.of("Retry-After", List.of("later")), body).retryAfter());
    assertEquals(Optional.of(Duration.ofMillis(2500)),
        fixed.decode(429, "{\"error\":\"slow down\",\"retryAfterSeconds\":\"2.5\"}").retryAfter());
    assertEquals(Optional.empty(),
        fixed.decode(429, "{\"error\":\"slow down\",\"retryAfterSeconds\":-3}").retryAfter());
  }

  @Test
  void headersMayHoldNullsAndOtherNames() {
    Map<String, List<String>> headers = new java.util.HashMap<>();
    headers.put(null, List.of("HTTP/1.1 429 Too Many Requests"));
    headers.put("Content-Type", List.of("application/json"));
    headers.put("Retry-After", java.util.Arrays.asList(null, " 7 "));
    assertEquals(Optional.of(Duration.ofSeconds(7)), codec.decode(429, headers, new byte[0]).retryAfter());
  }

  @Test
  void encodeRendersTheDocumentedBody() {
    assertEquals("{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 42 not found\"}",
        codec.encode(ORDER_NOT_FOUND, Map.of("orderId", 42), null));
    assertEquals("{\"code\":1000,\"message\":\"Invalid value x\"}", codec.encode(INVALID_VALUE, Map.of("value", "x"), null));
    assertEquals("{\"error\":\"slow down\",\"limit\":\"100\",\"retryAfterSeconds\":30}",
        codec.encode(RATE_LIMITED, Map.of("limit", "100"), Duration.ofSeconds(30)));
    // Whole seconds, rounded up as the Retry-After header is: a shorter wait would bring the client back too early.
    assertEquals("{\"error\":\"slow down\",\"limit\":\"100\",\"retryAfterSeconds\":2}",
        codec.encode(RATE_LIMITED, Map.of("limit", "100"), Duration.ofMillis(1500)));
    assertEquals("{\"error\":\"slow down\",\"limit\":\"100\",\"retryAfterSeconds\":1}",
        codec.encode(RATE_LIMITED, Map.of("limit", "100"), Duration.ofMillis(200)));
    assertEquals("{\"errors\":[{\"message\":\"Field e is invalid: r\",\"field\":\"e\"}]}",
        codec.encode(FIELD_INVALID, Map.of("field", "e", "reason", "r"), null));
    assertEquals("{\"success\":false,\"message\":\"Business rule a\\\"b\\\\c\\n failed\"}",
        codec.encode(BUSINESS, Map.of("rule", "a\"b\\c\n"), null));
    assertEquals("{\"error\":\"invalid_notifications\"}", codec.encode(INVALID_NOTIFICATIONS, Map.of(), null));
    assertEquals("Internal error 7", codec.encode(INTERNAL, Map.of("id", 7), null));
    assertEquals("", codec.encode(UNAUTHORIZED, Map.of(), null));
    assertEquals("application/json", codec.contentType(ORDER_NOT_FOUND));
    assertEquals("text/plain; charset=utf-8", codec.contentType(INTERNAL));
    assertEquals("", codec.contentType(UNAUTHORIZED));
  }

  @Test
  void pointersListsEveryPointerOnce() {
    List<String> pointers = codec.pointers();
    assertEquals(pointers.size(), new java.util.HashSet<>(pointers).size());
    assertTrue(pointers.contains("/errors/0/message"));
    assertFalse(pointers.contains(""));
  }
}
