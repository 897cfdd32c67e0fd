package dev.errorcatalog.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.runtime.Template;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The regex baseline does the decoder's job: on every benchmarked body it finds the decoder's entry and match
 * kind and captures the same placeholders, so that {@code readTreeRegex} measures the same work.
 */
class HandWrittenDecoderTest {

  /** One per catalog: building one reads the catalog's YAML and compiles every template (bench-5000: 5,000). */
  private static final Map<String, HandWrittenDecoder> DECODERS = new ConcurrentHashMap<>();

  private static HandWrittenDecoder handWritten(String catalogId) {
    return DECODERS.computeIfAbsent(catalogId, id -> new HandWrittenDecoder(Fixtures.of(id)));
  }

  private static List<String> allCatalogs() {
    List<String> ids = new ArrayList<>(Fixtures.SHIPPED);
    ids.addAll(Fixtures.SCALING);
    return ids;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("dev.errorcatalog.benchmarks.FixturesTest#bodies")
  void findsTheDecodersEntryAndKindAndCapturesTheSamePlaceholders(String catalogId, Body body) {
    DecodedError<?> decoded = Decoders.create(catalogId).decode(body.status(), Map.of(), body.bytes());
    HandWrittenDecoder.Result result = handWritten(catalogId).decode(body.status(), Map.of(), body.bytes());
    assertEquals(decoded.matchKind(), result.kind(), () -> decoded + " / " + result);
    assertEquals(decoded.entry().map(CatalogError::name).orElse(null),
        result.entry() == null ? null : result.entry().name(), () -> decoded + " / " + result);
    if (result.entry() != null) {
      for (String name : result.entry().placeholders()) {
        assertEquals(decoded.args().get(name), result.args().get(name), name + ": " + decoded + " / " + result);
      }
    }
  }

  /** Beyond the placeholders: the fields, the message and the retry hint are the decoder's too. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("dev.errorcatalog.benchmarks.FixturesTest#bodies")
  void readsTheSameFieldsMessageAndRetryHint(String catalogId, Body body) {
    DecodedError<?> decoded = Decoders.create(catalogId).decode(body.status(), Map.of(), body.bytes());
    HandWrittenDecoder.Result result = handWritten(catalogId).decode(body.status(), Map.of(), body.bytes());
    assertEquals(decoded.args(), result.args(), () -> decoded + " / " + result);
    assertEquals(decoded.message().orElse(null), result.message(), () -> decoded + " / " + result);
    assertEquals(decoded.retryAfter().orElse(null), result.retryAfter(), () -> decoded + " / " + result);
  }

  /**
   * The templates it compiles are the catalog's: typed as written in the YAML, and shown without their types
   * they are what {@code messageTemplate()} returns.
   */
  @Test
  void documentedTemplatesAreTheCatalogsOwn() {
    for (String id : allCatalogs()) {
      Map<String, List<String>> templates = DocumentedTemplates.of(id);
      for (CatalogError entry : ErrorCatalogs.catalog(id).entries()) {
        List<String> documented = templates.get(entry.name());
        assertNotNull(documented, id + ": no templates read for " + entry.name());
        assertEquals(entry.messageTemplate(),
            documented.isEmpty() ? "" : Template.compile(documented.get(0)).display(), id + ": " + entry.name());
        for (String template : documented) {
          HandWrittenDecoder.MessagePattern pattern = HandWrittenDecoder.MessagePattern.compile(entry, template);
          assertEquals(Template.compile(template).placeholders(), pattern.names(), id + ": " + template);
        }
      }
    }
  }

  @Test
  void templatesBecomePatternsWithLiteralTextQuotedAndATypedGroupPerPlaceholder() {
    HandWrittenDecoder.MessagePattern pattern = HandWrittenDecoder.MessagePattern.compile(null,
        "Price (in {currency}) is {amount:number}$ for {count:int} items. {{{flag:bool}}} C:\\E*");
    assertEquals(List.of("currency", "amount", "count", "flag"), pattern.names());
    // "Price (in ", ") is ", "$ for ", " items. {", "} C:\E*"
    assertEquals(10 + 5 + 6 + 9 + 7, pattern.literalLength());

    Map<String, String> args = new LinkedHashMap<>();
    assertTrue(pattern.capture("Price (in EUR) is -12.50$ for 3 items. {true} C:\\E*", args), pattern.pattern()::toString);
    assertEquals(Map.of("currency", "EUR", "amount", "-12.50", "count", "3", "flag", "true"), args);
    assertTrue(pattern.capture("Price (in US dollars) is 7$ for -1 items. {false} C:\\E*", new HashMap<>()));

    for (String other : List.of(
        "Price (in EUR) is 12.$ for 3 items. {true} C:\\E*",        // number without decimals after the point
        "Price (in EUR) is 12.50$ for three items. {true} C:\\E*",  // int
        "Price (in EUR) is 12.50$ for 3.0 items. {true} C:\\E*",    // int, not number
        "Price (in EUR) is 12.50$ for 3 items. {yes} C:\\E*",       // bool
        "Price (in EUR) is 12.50$ for 3 items. true C:\\E*",        // literal braces
        "Price [in EUR] is 12.50$ for 3 items. {true} C:\\E*",      // "(" is literal, not a group
        "Price (in EUR) is 12.50$ for 3 items! {true} C:\\E*",      // "." is literal, not any character
        "Price (in EUR) is 12.50 for 3 items. {true} C:\\E*",       // "$" is literal, not the end
        "Price (in EUR) is 12.50$ for 3 items. {true} C:\\EEE",     // "*" is literal, not a repetition
        "Price (in ) is 12.50$ for 3 items. {true} C:\\E*",         // a string placeholder is not empty
        "Price (in EUR) is 12.50$ for 3 items. {true} C:\\E* and more")) {
      Map<String, String> none = new HashMap<>();
      assertFalse(pattern.capture(other, none), other);
      assertTrue(none.isEmpty(), other);
    }
  }

  @Test
  void stringPlaceholdersTakeTheShortestTextAndAnyCharacter() {
    HandWrittenDecoder.MessagePattern pattern = HandWrittenDecoder.MessagePattern.compile(null, "{a} and {b}");
    Map<String, String> args = new HashMap<>();
    assertTrue(pattern.capture("x\ny and z and w", args));
    assertEquals(Map.of("a", "x\ny", "b", "z and w"), args);
  }

  @Test
  void malformedTemplatesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> HandWrittenDecoder.MessagePattern.compile(null, "a {b"));
    assertThrows(IllegalArgumentException.class, () -> HandWrittenDecoder.MessagePattern.compile(null, "a {b:date}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Retry-After", "retry-after", "RETRY-AFTER", "rEtRy-AfTeR"})
  void retryAfterHeaderInSecondsInAnyCase(String name) {
    Map<String, List<String>> headers = Map.of(name, List.of("120"));
    HandWrittenDecoder.Result result = handWritten("bench-10").decode(503, headers, new byte[0]);
    assertEquals(MatchKind.STATUS, result.kind());
    assertEquals(Duration.ofSeconds(120), result.retryAfter());
    assertEquals(Decoders.create("bench-10").decode(503, headers, new byte[0]).retryAfter().orElseThrow(),
        result.retryAfter());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Retry-After", "retry-after", "RETRY-AFTER"})
  void retryAfterHeaderAsAnHttpDateIsMeasuredFromNow(String name) {
    String in90Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(90));
    Duration wait = handWritten("bench-10").decode(503, Map.of(name, List.of(in90Seconds)), new byte[0]).retryAfter();
    assertNotNull(wait);
    // The date has whole seconds: between 89 and 90 seconds from now, less the time the test takes.
    assertTrue(wait.compareTo(Duration.ofSeconds(80)) > 0 && wait.compareTo(Duration.ofSeconds(90)) <= 0, wait::toString);

    String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusHours(1));
    assertEquals(Duration.ZERO, handWritten("bench-10").decode(503, Map.of(name, List.of(past)), new byte[0]).retryAfter());
  }

  @Test
  void retryAfterHeaderComesBeforeTheBodysHintAndUnreadableHeadersAreIgnored() {
    Body rateLimit = Fixtures.of("transformify").bodies().stream()
        .filter(b -> b.status() == 429).findFirst().orElseThrow();
    HandWrittenDecoder decoder = handWritten("transformify");
    assertEquals(Duration.ofSeconds(30), decoder.decode(429, Map.of(), rateLimit.bytes()).retryAfter());
    assertEquals(Duration.ofSeconds(5),
        decoder.decode(429, Map.of("retry-after", List.of(" 5 ")), rateLimit.bytes()).retryAfter());
    for (String unreadable : List.of("soon", "-5", "Mon, 32 Foo 2026 00:00:00 GMT")) {
      assertEquals(Duration.ofSeconds(30),
          decoder.decode(429, Map.of("Retry-After", List.of(unreadable)), rateLimit.bytes()).retryAfter(), unreadable);
      assertNull(decoder.decode(503, Map.of("Retry-After", List.of(unreadable)), new byte[0]).retryAfter(), unreadable);
    }
  }

  /** Bodies that are not JSON, or JSON of another form, never throw, and decode like the decoder's. */
  @ParameterizedTest
  @ValueSource(strings = {"<html>Service Unavailable</html>", "{\"code\": ", "null", "[]", "42", "\"text\"",
      "{\"code\": null, \"message\": null}", "{\"code\": {\"x\": 1}, \"message\": [\"Order 1 not found\"]}", "   "})
  void unreadableBodiesDecodeLikeTheDecoders(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    for (int status : new int[] {503, 404, 400}) {
      DecodedError<?> decoded = Decoders.create("bench-10").decode(status, Map.of(), body);
      HandWrittenDecoder.Result result = handWritten("bench-10").decode(status, Map.of(), body);
      assertEquals(decoded.matchKind(), result.kind(), status + " " + text);
      assertEquals(decoded.entry().map(CatalogError::name).orElse(null),
          result.entry() == null ? null : result.entry().name(), status + " " + text);
    }
  }
}
