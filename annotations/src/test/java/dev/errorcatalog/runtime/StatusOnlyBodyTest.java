package dev.errorcatalog.runtime;

import static dev.errorcatalog.runtime.CatalogCodec.Body.EMPTY;
import static dev.errorcatalog.runtime.CatalogCodec.Body.JSON;
import static dev.errorcatalog.runtime.CatalogCodec.Body.TEXT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Entries recognised by their status alone take only a body of the kind they document (issue 33): every
 * documented body (none, a JSON shape, text) against every kind of body that arrives (none, JSON, text, an
 * HTML document by its {@code Content-Type} or by its first bytes). What is not the entry's decodes to
 * {@code NONE}, with the status, the headers' hints and the raw bytes kept.
 */
class StatusOnlyBodyTest {

  private static final Constant[] NO_CONSTANTS = new Constant[0];

  /** 503, documented without a body. */
  private static final TestEntry NO_BODY = new TestEntry(503, "SERVICE_UNAVAILABLE", "");
  /** 500, documented with a JSON shape and no message: any JSON body of that status. */
  private static final TestEntry JSON_ROW = new TestEntry(500, "INTERNAL_ERROR", "");
  /** 502, documented as a text body, no message. */
  private static final TestEntry TEXT_ROW = new TestEntry(502, "BAD_GATEWAY", "");
  /** 409, documented twice (a hand-made table; a catalog's build refuses this, EC007): no body, or JSON. */
  private static final TestEntry CONFLICT_EMPTY = new TestEntry(409, "CONFLICT_EMPTY", "");
  private static final TestEntry CONFLICT_JSON = new TestEntry(409, "CONFLICT_JSON", "");
  /** 504, a text entry whose documented message is an HTML page: matched by its message, not its status. */
  private static final TestEntry HTML_PAGE = new TestEntry(504, "TIMEOUT_PAGE", "<!DOCTYPE html>{page}");

  private static final String NGINX_503 = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>"
      + "\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n"
      + "</body>\r\n</html>\r\n";
  private static final String CLOUDFLARE_403 = "<!DOCTYPE html>\n<!--[if lt IE 7]> <html class=\"no-js ie6 oldie\""
      + " lang=\"en-US\"> <![endif]-->\n<head>\n<title>Attention Required! | Cloudflare</title>\n</head>\n<body>\n"
      + "<h1 data-translate=\"block_headline\">Sorry, you have been blocked</h1>\n</body>\n</html>\n";

  private final CatalogCodec<TestEntry> codec = codec();

  private static CatalogCodec<TestEntry> codec() {
    TestTables b = new TestTables();
    int empty = b.shape("empty", EMPTY, null, null, null, new String[0]);
    int json = b.shape("error", JSON, null, "/message", null, new String[0]);
    int text = b.shape("text", TEXT, null, null, null, new String[0]);
    b.entry(NO_BODY, 503, NO_BODY.code(), empty, NO_CONSTANTS);
    b.entry(JSON_ROW, 500, JSON_ROW.code(), json, NO_CONSTANTS);
    b.entry(TEXT_ROW, 502, TEXT_ROW.code(), text, NO_CONSTANTS);
    b.entry(CONFLICT_EMPTY, 409, CONFLICT_EMPTY.code(), empty, NO_CONSTANTS);
    b.entry(CONFLICT_JSON, 409, CONFLICT_JSON.code(), json, NO_CONSTANTS);
    b.entry(HTML_PAGE, 504, HTML_PAGE.code(), text, NO_CONSTANTS, HTML_PAGE.messageTemplate());
    return b.build();
  }

  /** A response: the body, and its Content-Type ({@code null}: none). */
  private record Sent(String label, String contentType, String body) {}

  private static final Sent NOTHING = new Sent("no body", null, "");
  private static final Sent BLANK = new Sent("whitespace, labelled text/html", "text/html; charset=UTF-8", " \r\n");
  private static final Sent OBJECT = new Sent("JSON object", "application/json", "{\"message\": \"boom\"}");
  private static final Sent ARRAY = new Sent("JSON array, unlabelled", null, "[{\"message\": \"boom\"}]");
  private static final Sent JSON_AS_HTML = new Sent("JSON labelled text/html", "text/html", "{\"message\": \"boom\"}");
  private static final Sent PLAIN = new Sent("plain text", "text/plain", "upstream request timeout");
  private static final Sent PLAIN_UNLABELLED = new Sent("plain text, unlabelled", null, "no healthy upstream");
  private static final Sent XML = new Sent("XML", "application/xml", "<?xml version=\"1.0\"?><Error>x</Error>");
  private static final Sent HTML_BY_TYPE = new Sent("HTML by Content-Type", "text/html", NGINX_503);
  private static final Sent HTML_WORDS = new Sent("words labelled text/html", "Text/HTML; charset=utf-8", "Forbidden");
  private static final Sent XHTML = new Sent("XHTML by Content-Type", "application/xhtml+xml",
      "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>down</body></html>");
  private static final Sent HTML_SNIFFED = new Sent("HTML, unlabelled", null, NGINX_503);
  private static final Sent DOCTYPE_SNIFFED = new Sent("doctype and comments, unlabelled", null, CLOUDFLARE_403);

  private static final List<Sent> ALL = List.of(NOTHING, BLANK, OBJECT, ARRAY, JSON_AS_HTML, PLAIN, PLAIN_UNLABELLED,
      XML, HTML_BY_TYPE, HTML_WORDS, XHTML, HTML_SNIFFED, DOCTYPE_SNIFFED);

  @Test
  void anEntryWithoutABodyTakesOnlyNoBody() {
    assertTakes(503, NO_BODY, NOTHING, BLANK);
  }

  @Test
  void aJsonShapeTakesOnlyJson() {
    assertTakes(500, JSON_ROW, OBJECT, ARRAY, JSON_AS_HTML);
  }

  @Test
  void aTextShapeTakesTextAndNoBodyButNoHtmlDocument() {
    assertTakes(502, TEXT_ROW, NOTHING, BLANK, PLAIN, PLAIN_UNLABELLED, XML);
  }

  @Test
  void entriesOfOneStatusAreToldApartByTheBodyTheyDocument() {
    Map<Sent, TestEntry> expected = new LinkedHashMap<>();
    for (Sent sent : ALL) {
      expected.put(sent, null);
    }
    expected.put(NOTHING, CONFLICT_EMPTY);
    expected.put(BLANK, CONFLICT_EMPTY);
    expected.put(OBJECT, CONFLICT_JSON);
    expected.put(ARRAY, CONFLICT_JSON);
    expected.put(JSON_AS_HTML, CONFLICT_JSON);
    expected.forEach((sent, entry) -> assertDecodes(409, sent, entry));
  }

  /** A text entry can document an HTML page as its message: then a page matches it, by that message. */
  @Test
  void anHtmlPageMatchesATextEntryOnlyThroughItsDocumentedMessage() {
    DecodedError<TestEntry> d = decode(504, "text/html", "<!DOCTYPE html><html><body>timeout</body></html>", Map.of());
    assertEquals(Optional.of(HTML_PAGE), d.entry());
    assertEquals(MatchKind.MESSAGE, d.matchKind());
    assertEquals(MatchKind.NONE, decode(504, "text/html", NGINX_503, Map.of()).matchKind());
  }

  /** What is not the entry's is still the response: status, raw bytes, the message read, Retry-After. */
  @Test
  void aBodyTheEntryDoesNotTakeKeepsEverythingElse() {
    byte[] raw = NGINX_503.getBytes(StandardCharsets.UTF_8);
    DecodedError<TestEntry> d = codec.decode(503, Map.of("content-type", List.of("text/html"), "RETRY-AFTER",
        List.of("120")), raw);
    assertEquals(MatchKind.NONE, d.matchKind());
    assertEquals(503, d.status());
    assertArrayEquals(raw, d.rawBody());
    assertEquals(Optional.of(Duration.ofSeconds(120)), d.retryAfter());
    assertEquals(503, d.toException().status());
    DecodedError<TestEntry> json = decode(503, "application/json", "{\"message\": \"overloaded\"}", Map.of());
    assertEquals(MatchKind.NONE, json.matchKind());
    assertEquals(Optional.of("overloaded"), json.message());
  }

  /** A compressed body's kind is its content's: a gzipped page is a page, gzipped JSON JSON, a blank one none. */
  @Test
  void aCompressedBodyIsJudgedByItsContent() {
    Map<String, List<String>> gzip = Map.of("Content-Encoding", List.of("gzip"));
    DecodedError<TestEntry> page = codec.decode(503, gzip, gzip(NGINX_503));
    assertEquals(MatchKind.NONE, page.matchKind());
    DecodedError<TestEntry> json = codec.decode(500, gzip, gzip("{\"message\": \"boom\"}"));
    assertEquals(Optional.of(JSON_ROW), json.entry());
    DecodedError<TestEntry> nothing = codec.decode(503, gzip, gzip("\n"));
    assertEquals(Optional.of(NO_BODY), nothing.entry());
  }

  /** Only {@code fitting} of all the bodies decode to {@code entry} at {@code status}; the others to nothing. */
  private void assertTakes(int status, TestEntry entry, Sent... fitting) {
    List<Sent> fits = List.of(fitting);
    for (Sent sent : ALL) {
      assertDecodes(status, sent, fits.contains(sent) ? entry : null);
    }
  }

  private void assertDecodes(int status, Sent sent, TestEntry entry) {
    DecodedError<TestEntry> d = decode(status, sent.contentType(), sent.body(), Map.of());
    assertEquals(Optional.ofNullable(entry), d.entry(), () -> status + ", " + sent.label() + " -> " + d);
    assertEquals(entry == null ? MatchKind.NONE : MatchKind.STATUS, d.matchKind(), () -> status + ", " + sent.label());
  }

  /** Decodes {@code body} with its Content-Type ({@code null}: none) and {@code more} headers. */
  private DecodedError<TestEntry> decode(int status, String contentType, String body, Map<String, List<String>> more) {
    Map<String, List<String>> headers = new LinkedHashMap<>(more);
    if (contentType != null) {
      headers.put("Content-Type", List.of(contentType));
    }
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    DecodedError<TestEntry> d = codec.decodeUnguarded(status, headers, raw);
    assertEquals(status, d.status());
    assertArrayEquals(raw, d.rawBody());
    return d;
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
