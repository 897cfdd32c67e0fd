package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.errorcatalog.DecodedError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The engine opens UTF-8 bodies without jackson's encoding detection ({@link BodyParsers}): the tokens must
 * be those jackson's own parser reads, and JSON in the other encodings jackson detects (RFC 4627's UTF-16
 * and UTF-32, with or without a byte order mark) must still decode as its UTF-8 twin does.
 */
class BodyEncodingTest {

  private static final String BODY =
      "{\"code\": \"ORDER_NOT_FOUND\", \"message\": \"Order 42 not found\", \"x\": [\"n\u00F6t \u20AC\uD83D\uDE00\", 2.5e3, true, null]}";

  private final CatalogCodec<TestEntry> codec = AcmeCatalog.codec();

  @Test
  void utf8BodiesReadTheTokensJacksonReads() throws IOException {
    JsonFactory jackson = new JsonFactory();
    List<byte[]> bodies = new ArrayList<>();
    for (String text : List.of(BODY, " " + BODY, "\uFEFF" + BODY, "[]", "{}", "\"\u00E9\"", "7", "12",
        "{\"a\":", "<html>", "\u00FF{}")) {
      bodies.add(text.getBytes(StandardCharsets.UTF_8));
    }
    bodies.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '"', 'a', '"', ':', (byte) 0xC3, '}'});
    for (byte[] body : bodies) {
      assertEquals(tokens(jackson.createParser(body)), tokens(BodyParsers.open(body)), new String(body,
          StandardCharsets.UTF_8));
    }
    // A lone byte order mark: jackson reports a parse error, the direct path an empty body; no token either way.
    assertEquals(List.of("end"), tokens(BodyParsers.open("\uFEFF".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void otherUnicodeEncodingsDecodeAsUtf8Does() {
    DecodedError<TestEntry> expected = codec.decode(404, BODY);
    assertEquals(Optional.of(AcmeCatalog.ORDER_NOT_FOUND), expected.entry());
    assertEquals(Map.of("orderId", "42"), expected.args());
    for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      for (boolean bom : List.of(false, true)) {
        byte[] body = encode(BODY, Charset.forName(charset), bom);
        DecodedError<TestEntry> d = codec.decode(404, Map.of(), body);
        String what = charset + (bom ? " with a byte order mark" : "");
        assertEquals(expected.entry(), d.entry(), what);
        assertEquals(expected.matchKind(), d.matchKind(), what);
        assertEquals(expected.message(), d.message(), what);
        assertEquals(expected.args(), d.args(), what);
      }
    }
  }

  @Test
  void onlyBodiesThatCannotBeUtf16OrUtf32TakeTheDirectPath() {
    assertTrue(BodyParsers.plainUtf8("{}".getBytes(StandardCharsets.UTF_8)));
    assertTrue(BodyParsers.plainUtf8("\uFEFF{}".getBytes(StandardCharsets.UTF_8)));
    assertFalse(BodyParsers.plainUtf8("{".getBytes(StandardCharsets.UTF_8)), "too short to tell");
    assertFalse(BodyParsers.plainUtf8(new byte[0]));
    assertFalse(BodyParsers.plainUtf8(encode("{}", StandardCharsets.UTF_16BE, false)));
    assertFalse(BodyParsers.plainUtf8(encode("{}", StandardCharsets.UTF_16LE, false)));
    assertFalse(BodyParsers.plainUtf8(encode("{}", StandardCharsets.UTF_16BE, true)));
    assertFalse(BodyParsers.plainUtf8(encode("{}", StandardCharsets.UTF_16LE, true)));
  }

  private static byte[] encode(String text, Charset charset, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes("\uFEFF".getBytes(charset));
    }
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  /** Every token with its text, then how the read ended (the end, or the error's message without location). */
  private static List<String> tokens(JsonParser parser) {
    List<String> out = new ArrayList<>();
    try (parser) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        out.add(token + " " + parser.getText());
      }
      out.add("end");
    } catch (IOException e) {
      out.add("error: " + e.getClass().getSimpleName());
    }
    return out;
  }
}
