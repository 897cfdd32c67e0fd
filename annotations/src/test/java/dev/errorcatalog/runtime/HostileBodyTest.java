package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bodies built to hurt a decoder: each decodes without an exception, in bounded time, keeping the raw bytes. */
class HostileBodyTest {

  private final CatalogCodec<TestEntry> codec = AcmeCatalog.codec();

  private DecodedError<TestEntry> decode(int status, byte[] body) {
    DecodedError<TestEntry> d = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> codec.decodeUnguarded(status, Map.of(), body));
    assertEquals(status, d.status());
    assertEquals(body.length, d.rawBodyLength());
    return d;
  }

  private DecodedError<TestEntry> decode(int status, String body) {
    return decode(status, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyAndWhitespaceBodies() {
    assertEquals(MatchKind.NONE, decode(404, "").matchKind());
    assertEquals(MatchKind.NONE, decode(404, " \r\n\t ").matchKind());
    assertEquals(MatchKind.STATUS, decode(401, "   ").matchKind());
    assertEquals(MatchKind.NONE, decode(500, "   ").matchKind());
  }

  @Test
  void htmlBodies() {
    String html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    assertEquals(MatchKind.NONE, decode(502, html).matchKind());
    // 503 is documented without a body: a proxy's page at that status is not the entry.
    assertEquals(MatchKind.NONE, decode(503, html).matchKind());
  }

  @Test
  void truncatedJsonKeepsWhatWasRead() {
    String full = "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 42 not found\",\"more\":[1,2,3]}";
    for (int cut = 0; cut <= full.length(); cut++) {
      decode(404, full.substring(0, cut));
    }
    DecodedError<TestEntry> d = decode(404, "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 4");
    assertSame(AcmeCatalog.ORDER_NOT_FOUND, d.entry().orElseThrow());
    assertEquals(MatchKind.CODE, d.matchKind());
  }

  @Test
  void invalidUtf8() {
    byte[] body = {'{', '"', 'm', 'e', 's', 's', 'a', 'g', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertEquals(MatchKind.NONE, decode(404, body).matchKind());
    byte[] text = {'I', 'n', 't', 'e', 'r', 'n', 'a', 'l', ' ', 'e', 'r', 'r', 'o', 'r', ' ', (byte) 0xFF, (byte) 0xFE};
    DecodedError<TestEntry> d = decode(500, text);
    assertEquals(Optional.of(AcmeCatalog.INTERNAL), d.entry(), "malformed bytes become U+FFFD in text bodies");
    assertArrayEquals(text, d.rawBody());
  }

  @Test
  void byteOrderMarks() {
    DecodedError<TestEntry> json = decode(404, "\uFEFF{\"code\":\"ORDER_NOT_FOUND\"}");
    assertEquals(MatchKind.CODE, json.matchKind());
    DecodedError<TestEntry> text = decode(500, "\uFEFFInternal error 9");
    assertEquals(Map.of("id", "9"), text.args());
    decode(404, new byte[] {(byte) 0xEF, (byte) 0xBB});
    decode(404, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'});
  }

  @Test
  void duplicateKeys() {
    StringBuilder body = new StringBuilder("{");
    for (int i = 0; i < 10_000; i++) {
      body.append("\"message\":\"Order ").append(i).append(" not found\",");
    }
    body.append("\"code\":\"x\"}");
    DecodedError<TestEntry> d = decode(404, body.toString());
    assertEquals(Map.of("orderId", "0"), d.args());
  }

  @Test
  void tenThousandDigitNumbers() {
    String digits = "9".repeat(10_000);
    assertEquals(MatchKind.NONE, decode(404, "{\"code\":" + digits + "}").matchKind());
    assertEquals(MatchKind.NONE, decode(404, "{\"other\":" + digits + ",\"code\":\"x\"}").matchKind());
    assertEquals(MatchKind.NONE, decode(404, "{\"code\":1." + digits + "e99999}").matchKind());
    DecodedError<TestEntry> d = decode(429, "{\"error\":\"slow down\",\"retryAfterSeconds\":" + digits + "}");
    assertEquals(Optional.empty(), d.retryAfter());
    decode(429, "{\"error\":\"slow down\",\"retryAfterSeconds\":1e999999999}");
    decode(429, "{\"error\":\"slow down\",\"retryAfterSeconds\":\"" + digits + "\"}");
  }

  @Test
  void nestingOneHundredThousandDeep() {
    int depth = 100_000;
    decode(404, "[".repeat(depth) + "]".repeat(depth));
    decode(404, "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
    decode(404, "{\"code\":\"ORDER_NOT_FOUND\",\"x\":" + "[".repeat(depth));
    decode(422, "{\"errors\":" + "[".repeat(depth));
    decode(403, "{\"error\":" + "{\"error\":".repeat(depth));
    // Deep but after the values: what was read before still counts.
    DecodedError<TestEntry> d = decode(404, "{\"code\":\"ORDER_NOT_FOUND\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
    assertEquals(MatchKind.CODE, d.matchKind());
  }

  @Test
  void tenMegabyteBodies() {
    int size = 10 * 1024 * 1024;
    String huge = "x".repeat(size);
    decode(400, "{\"message\":\"" + huge + "\"}");
    decode(400, "{\"skipped\":\"" + huge + "\",\"message\":\"Error: field a missing\"}");
    DecodedError<TestEntry> skipped = decode(400, "{\"skipped\":\"" + huge + "\",\"message\":\"Error: field a missing\"}");
    assertEquals(Optional.of(AcmeCatalog.FIELD_MISSING), skipped.entry(), "unnamed strings are skipped, not read");
    decode(500, huge);
    StringBuilder array = new StringBuilder(size + 16).append("{\"big\":[");
    while (array.length() < size) {
      array.append("{\"a\":[1,2,{\"b\":null}]},");
    }
    array.append("0],\"code\":\"ORDER_NOT_FOUND\"}");
    assertEquals(MatchKind.CODE, decode(404, array.toString()).matchKind());
    StringBuilder keys = new StringBuilder(size + 16).append('{');
    for (int i = 0; keys.length() < size; i++) {
      keys.append("\"k").append(i).append("\":").append(i).append(',');
    }
    keys.append("\"code\":\"ORDER_NOT_FOUND\"}");
    assertEquals(MatchKind.CODE, decode(404, keys.toString()).matchKind());
  }

  @Test
  void manySmallBodiesOfFreshKeys() {
    // Small bodies are read with jackson's shared name table: 20,000 bodies of ~300 never-seen keys each
    // (six million names) must neither slow down nor break decoding; the table stays bounded.
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      int key = 0;
      for (int n = 0; n < 20_000; n++) {
        StringBuilder body = new StringBuilder(BodyParsers.CANONICAL_BODY_LIMIT).append('{');
        while (body.length() < BodyParsers.CANONICAL_BODY_LIMIT - 40) {
          body.append("\"k").append(Integer.toString(key++, 36)).append("\":1,");
        }
        body.append("\"code\":\"ORDER_NOT_FOUND\"}");
        assertEquals(MatchKind.CODE, codec.decodeUnguarded(404, Map.of(),
            body.toString().getBytes(StandardCharsets.UTF_8)).matchKind());
      }
    });
  }

  @Test
  void messagesThatMakeTemplatesBacktrack() {
    // Half a megabyte of almost-matching text: the step budget bounds the work.
    String message = "Field ".repeat(40_000) + " is invalid: ".repeat(40_000);
    decode(422, "{\"errors\":[{\"message\":\"" + message + "\"}]}");
    String quota = "Quota of " + "1".repeat(100_000) + " reached, " + "reached, ".repeat(20_000);
    decode(403, "{\"error\":{\"message\":\"" + quota + "\"}}");
  }

  @Test
  void notAnObjectAtTheRoot() {
    for (String body : new String[] {"null", "true", "42", "\"Order 1 not found\"", "[{\"code\":\"ORDER_NOT_FOUND\"}]",
        "{}", "[]", "{\"code\":null}", "{\"code\":{\"nested\":1}}", "{\"code\":[\"ORDER_NOT_FOUND\"]}",
        "{\"message\":{\"text\":\"x\"}}", "{\"errors\":[null,true]}", "{\"errors\":[[{\"message\":\"x\"}]]}",
        "{'code':'ORDER_NOT_FOUND'}", "\u0000\u0001"}) {
      assertEquals(MatchKind.NONE, decode(404, body).matchKind(), body);
    }
    // Only the first JSON value is read; what follows it does not matter.
    assertEquals(MatchKind.CODE, decode(404, "{\"code\":\"ORDER_NOT_FOUND\"} trailing garbage {{{").matchKind());
    assertEquals(Optional.of(AcmeCatalog.ORDER_NOT_FOUND),
        decode(404, "{\"code\":\"ORDER_NOT_FOUND\"}{\"code\":1000}").entry());
  }
}
