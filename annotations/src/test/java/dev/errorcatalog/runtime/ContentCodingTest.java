package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Bodies a client left compressed: decoded as their content, {@code rawBody()} still the bytes that came; and
 * what looks compressed but is not, or decompresses without end, read as it came or up to the limit.
 */
class ContentCodingTest {

  private static final String BODY = "{\"code\": \"ORDER_NOT_FOUND\", \"message\": \"Order 42 not found\"}";

  private final CatalogCodec<TestEntry> codec = AcmeCatalog.codec();

  private DecodedError<TestEntry> decode(byte[] body, Map<String, List<String>> headers) {
    DecodedError<TestEntry> d = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> codec.decodeUnguarded(404, headers, body));
    assertArrayEquals(body, d.rawBody(), "the raw body is the bytes that came");
    return d;
  }

  private static Map<String, List<String>> encoding(String coding) {
    return Map.of("content-encoding", List.of(coding), "Content-Type", List.of("application/json"));
  }

  private void assertOrderNotFound(DecodedError<TestEntry> d, String why) {
    assertEquals(Optional.of(AcmeCatalog.ORDER_NOT_FOUND), d.entry(), why);
    assertEquals(MatchKind.CODE, d.matchKind(), why);
    assertEquals(Map.of("orderId", "42"), d.args(), why);
  }

  @Test
  void gzipAndDeflateBodiesAreDecodedAsTheirContent() {
    byte[] json = BODY.getBytes(StandardCharsets.UTF_8);
    for (String coding : List.of("gzip", "GZIP", "x-gzip", " gzip ", "identity, gzip")) {
      assertOrderNotFound(decode(gzip(json), encoding(coding)), coding);
    }
    assertOrderNotFound(decode(deflate(json, false), encoding("deflate")), "zlib-wrapped deflate");
    assertOrderNotFound(decode(deflate(json, true), encoding("Deflate")), "raw deflate");
    // Two members, as concatenated gzip files are: one body.
    byte[] half = BODY.substring(0, 20).getBytes(StandardCharsets.UTF_8);
    byte[] rest = BODY.substring(20).getBytes(StandardCharsets.UTF_8);
    assertOrderNotFound(decode(concat(gzip(half), gzip(rest)), encoding("gzip")), "two gzip members");
  }

  @Test
  void aTextBodyIsDecompressedThenReadInItsCharset() {
    byte[] text = "Internal error \u00e9t\u00e9-7".getBytes(StandardCharsets.ISO_8859_1);
    DecodedError<TestEntry> d = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> codec.decodeUnguarded(500,
        Map.of("Content-Encoding", List.of("gzip"), "Content-Type", List.of("text/plain; charset=ISO-8859-1")),
        gzip(text)));
    assertEquals(Optional.of(AcmeCatalog.INTERNAL), d.entry());
    assertEquals(Map.of("id", "\u00e9t\u00e9-7"), d.args());
  }

  @Test
  void whatIsNotCompressedAsTheHeaderSaysIsReadAsItCame() {
    byte[] json = BODY.getBytes(StandardCharsets.UTF_8);
    // A client that decompressed the body and kept the header; a coding not undone; two layers; no header.
    for (Map<String, List<String>> headers : List.of(encoding("gzip"), encoding("deflate"), encoding("br"),
        encoding("gzip, gzip"), Map.<String, List<String>>of())) {
      assertOrderNotFound(decode(json, headers), headers.toString());
    }
    assertSame(json, ContentCoding.content(json, "gzip"));
    // Plain bytes read as raw deflate decode to garbage before failing: the body as it came, whatever it holds.
    for (String plain : List.of(BODY, "Internal error 7", "{}", "[1, 2]", "<html>Bad gateway</html>", "  {\"a\":1}")) {
      byte[] bytes = plain.getBytes(StandardCharsets.UTF_8);
      assertSame(bytes, ContentCoding.content(bytes, "deflate"), plain);
    }
    // gzip without the header saying so is not guessed at.
    assertEquals(MatchKind.NONE, decode(gzip(json), Map.of()).matchKind());
  }

  @Test
  void corruptOrTruncatedStreamsKeepWhatWasDecompressed() {
    byte[] gzip = gzip(BODY.getBytes(StandardCharsets.UTF_8));
    for (int cut = 0; cut < gzip.length; cut++) {
      decode(Arrays.copyOf(gzip, cut), encoding("gzip"));
      byte[] corrupt = gzip.clone();
      corrupt[cut] ^= 0x5A;
      decode(corrupt, encoding("gzip"));
      decode(corrupt, encoding("deflate"));
    }
    // Cut before the trailer: the whole JSON was decompressed already.
    assertOrderNotFound(decode(Arrays.copyOf(gzip, gzip.length - 8), encoding("gzip")), "no trailer");
    // Only a gzip header: nothing decompressed, the body as it came (not JSON).
    assertEquals(MatchKind.NONE, decode(Arrays.copyOf(gzip, 10), encoding("gzip")).matchKind());
  }

  @Test
  void aBodyThatInflatesWithoutEndStopsAtTheLimit() {
    // 1 GB of spaces in about 1 MB: read up to the limit, which holds no JSON value.
    byte[] bomb = gzipOfSpaces(1L << 30);
    DecodedError<TestEntry> d = decode(bomb, encoding("gzip"));
    assertEquals(MatchKind.NONE, d.matchKind());
    assertEquals(ContentCoding.MAX_DECODED_LENGTH,
        ContentCoding.content(bomb, "gzip").length, "decompressed up to the limit, not beyond");
  }

  private static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gzipOfSpaces(long length) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] spaces = new byte[1 << 16];
    Arrays.fill(spaces, (byte) ' ');
    try (OutputStream gzip = new GZIPOutputStream(out)) {
      for (long written = 0; written < length; written += spaces.length) {
        gzip.write(spaces);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] content, boolean raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (OutputStream deflate = new DeflaterOutputStream(out, deflater)) {
      deflate.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
