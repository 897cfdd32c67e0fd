package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Text shapes beside JSON shapes at one status: a body is searched as text only when a text template could
 * start the way it does, and every body a text template matches is still found.
 */
class TextShapeTest {

  private static final TestEntry LIMIT = new TestEntry(400, "LIMIT", "limit should be between {min:int} and {max:int}.");
  private static final TestEntry UMLAUT = new TestEntry(400, "UMLAUT", "Übermäßig: {what}");
  private static final TestEntry JSON_MESSAGE = new TestEntry(400, "JSON_MESSAGE", "bad {thing}");

  private static CatalogCodec<TestEntry> codec() {
    TestTables b = new TestTables();
    int json = b.shape("json", CatalogCodec.Body.JSON, null, "/message", null, new String[0]);
    int text = b.shape("text", CatalogCodec.Body.TEXT, null, null, null, new String[0]);
    b.entry(LIMIT, 400, "LIMIT", text, new Constant[0], "limit should be between {min:int} and {max:int}.");
    b.entry(UMLAUT, 400, "UMLAUT", text, new Constant[0], "Übermäßig: {what}");
    b.entry(JSON_MESSAGE, 400, "JSON_MESSAGE", json, new Constant[0], "bad {thing}");
    return b.build();
  }

  private final CatalogCodec<TestEntry> codec = codec();

  private void assertDecodes(String body, TestEntry entry, Map<String, String> args) {
    DecodedError<TestEntry> d = codec.decode(400, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.ofNullable(entry), d.entry(), body);
    assertEquals(entry == null ? MatchKind.NONE : MatchKind.MESSAGE, d.matchKind(), body);
    if (args != null) {
      assertEquals(args, d.args(), body);
    }
  }

  @Test
  void textBodiesMatchWhateverPrecedesThem() {
    assertDecodes("limit should be between 1 and 100.", LIMIT, Map.of("min", "1", "max", "100"));
    assertDecodes(" \t\r\n limit should be between 1 and 100.\n", LIMIT, Map.of("min", "1", "max", "100"));
    assertDecodes("\uFEFFlimit should be between 1 and 100.", LIMIT, Map.of("min", "1", "max", "100"));
    assertDecodes("\u001Climit should be between 1 and 100.", LIMIT, Map.of("min", "1", "max", "100"));
    assertDecodes("Übermäßig: viel", UMLAUT, Map.of("what", "viel"));
    assertDecodes("\u00A0Übermäßig: viel", null, null);
  }

  @Test
  void jsonBodiesAreMatchedByTheirShapesOnly() {
    assertDecodes("{\"message\": \"bad input\"}", JSON_MESSAGE, Map.of("thing", "input"));
    assertDecodes("{\"message\": \"limit should be between 1 and 100.\"}", null, null);
    assertDecodes("[\"limit should be between 1 and 100.\"]", null, null);
  }

  @Test
  void anIndexRulesOutOnlyFirstCharactersNoTemplateStartsWith() {
    MessageIndex.Builder<TestEntry> leads = new MessageIndex.Builder<>();
    CodecEntry<TestEntry> entry = new CodecEntry<>(LIMIT, 0,
        EntryRow.builder(400, "LIMIT").message("limit {n:int}").variant("Bad request")
            .shape(ShapeRow.json("plain").build()).build(), null, new Constant[0], new int[0]);
    leads.add(entry, 0);
    leads.add(entry, 1);
    MessageIndex<TestEntry> index = leads.build();
    assertTrue(index.mayStartWith('l'));
    assertTrue(index.mayStartWith('B'));
    assertFalse(index.mayStartWith('{'));
    assertFalse(index.mayStartWith('b'));
    assertTrue(index.mayStartWith(MessageIndex.UNKNOWN_FIRST));

    MessageIndex.Builder<TestEntry> any = new MessageIndex.Builder<>();
    CodecEntry<TestEntry> detail = new CodecEntry<>(LIMIT, 0,
        EntryRow.builder(400, "LIMIT").message("{detail} failed").shape(ShapeRow.json("plain").build()).build(),
        null, new Constant[0], new int[0]);
    any.add(detail, 0);
    assertTrue(any.build().mayStartWith('{'));
  }

  @Test
  void theFirstCharacterSkipsAByteOrderMarkAndAsciiWhitespaceOnly() {
    assertEquals('l', BodyText.firstChar(" \t\nl".getBytes(StandardCharsets.UTF_8)));
    assertEquals('{', BodyText.firstChar("\uFEFF {}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(MessageIndex.UNKNOWN_FIRST, BodyText.firstChar("Ü".getBytes(StandardCharsets.UTF_8)));
    assertEquals(MessageIndex.UNKNOWN_FIRST, BodyText.firstChar("  ".getBytes(StandardCharsets.UTF_8)));
    assertEquals(MessageIndex.UNKNOWN_FIRST, BodyText.firstChar(new byte[0]));
    assertEquals(MessageIndex.UNKNOWN_FIRST, BodyText.firstChar(new byte[] {0, 'a'}));
  }

  private DecodedError<TestEntry> decode(byte[] body, String contentType) {
    return codec.decode(400, contentType == null ? Map.of() : Map.of("content-TYPE", List.of(contentType)), body);
  }

  @Test
  void textIsReadInTheCharsetTheContentTypeNames() {
    byte[] latin1 = "Übermäßig: viel".getBytes(StandardCharsets.ISO_8859_1);
    for (String contentType : List.of("text/plain; charset=ISO-8859-1", "text/plain;charset=\"iso-8859-1\"",
        "text/plain; format=flowed; Charset = latin1", "text/plain; charset=windows-1252")) {
      DecodedError<TestEntry> d = decode(latin1, contentType);
      assertEquals(Optional.of(UMLAUT), d.entry(), contentType);
      assertEquals(Map.of("what", "viel"), d.args(), contentType);
      assertEquals(Optional.of("Übermäßig: viel"), d.message(), contentType);
      assertArrayEquals(latin1, d.rawBody(), contentType);
    }
    // Read as UTF-8, those bytes are not that text (U+FFFD where they were): no match.
    assertEquals(Optional.empty(), decode(latin1, "text/plain").entry());
  }

  @Test
  void anUnknownOrMalformedCharsetIsReadAsUtf8() {
    byte[] utf8 = "Übermäßig: viel".getBytes(StandardCharsets.UTF_8);
    for (String contentType : Arrays.asList(null, "text/plain; charset=klingon", "text/plain; charset=@@",
        "text/plain; charset=", "text/plain; charset=\"", ";;;=", "text/plain; charset=utf-8")) {
      assertEquals(Optional.of(UMLAUT), decode(utf8, contentType).entry(), contentType);
    }
  }

  @Test
  void aUtf16ByteOrderMarkOrCharsetIsRead() {
    String text = "limit should be between 1 and 100.";
    Map<String, String> args = Map.of("min", "1", "max", "100");
    byte[] bigEndianMarked = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
    byte[] littleEndianMarked = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    byte[] bigEndian = text.getBytes(StandardCharsets.UTF_16BE);
    byte[] littleEndian = (" " + text).getBytes(StandardCharsets.UTF_16LE);
    assertEquals(args, decode(bigEndianMarked, null).args());
    // The mark wins over a Content-Type that contradicts it.
    assertEquals(args, decode(littleEndianMarked, "text/plain; charset=utf-8").args());
    assertEquals(args, decode(bigEndian, "text/plain; charset=UTF-16BE").args());
    assertEquals(args, decode(littleEndian, "text/plain; charset=utf-16le").args());
    assertEquals(Optional.of(LIMIT), decode(bigEndian, "text/plain; charset=UTF-16").entry());
  }
}
