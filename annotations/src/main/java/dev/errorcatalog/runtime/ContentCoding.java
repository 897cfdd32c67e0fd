package dev.errorcatalog.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the {@code Content-Encoding} of a body whose client left it compressed ({@code java.net.http} does not
 * decompress; most other clients do): {@code gzip} (and {@code x-gzip}) and {@code deflate}, one layer. Anything
 * else, including a body the header calls compressed that is not (a client that decompressed it and kept the
 * header), is read as it came.
 */
final class ContentCoding {

  /** Decompressed bodies stop here: a small body that inflates to gigabytes must not exhaust memory. */
  static final int MAX_DECODED_LENGTH = 16 << 20;

  private ContentCoding() {}

  /**
   * The body's content: decompressed as the header says, at most {@link #MAX_DECODED_LENGTH} bytes of it; what
   * was decompressed before a corrupt or truncated part (of a gzip or zlib stream); the body itself when nothing
   * could be.
   */
  static byte[] content(byte[] body, String contentEncoding) {
    if (contentEncoding == null || body.length < 2) {
      return body;
    }
    String coding = single(contentEncoding);
    try {
      if ((coding.equals("gzip") || coding.equals("x-gzip"))
          && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
        return inflate(body, new GZIPInputStream(new ByteArrayInputStream(body)));
      }
      if (coding.equals("deflate")) {
        // RFC 9110 deflate is zlib-wrapped; some servers send the raw stream: told apart by the zlib header
        // (RFC 1950: method 8, a window of at most 32 KB, no preset dictionary, the check bits).
        int header = (body[0] & 0xFF) << 8 | (body[1] & 0xFF);
        boolean zlib = (body[0] & 0x0F) == 8 && (body[0] & 0xF0) <= 0x70 && (body[1] & 0x20) == 0 && header % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        try {
          byte[] content = inflate(body, new InflaterInputStream(new ByteArrayInputStream(body), inflater));
          // Without the zlib header nothing says the bytes are deflate at all (plain text inflates to garbage
          // for a while): only a stream that reaches its end counts.
          return zlib || inflater.finished() ? content : body;
        } finally {
          inflater.end(); // an Inflater the stream did not make is not ended when it closes
        }
      }
    } catch (IOException e) {
      // Not a gzip stream after all (a header GZIPInputStream cannot read): the body as it came.
    }
    return body;
  }

  /** The one coding of a header value, lower case, with {@code identity} entries left out; "" for several. */
  private static String single(String contentEncoding) {
    String found = "";
    for (String part : contentEncoding.split(",")) {
      String coding = part.strip().toLowerCase(Locale.ROOT);
      if (coding.isEmpty() || coding.equals("identity")) {
        continue;
      }
      if (!found.isEmpty()) {
        return ""; // two layers: not undone
      }
      found = coding;
    }
    return found;
  }

  private static byte[] inflate(byte[] body, InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(MAX_DECODED_LENGTH, body.length * 4L));
    byte[] buffer = new byte[8192];
    try (in) {
      int n;
      while (out.size() < MAX_DECODED_LENGTH
          && (n = in.read(buffer, 0, Math.min(buffer.length, MAX_DECODED_LENGTH - out.size()))) > 0) {
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      // Corrupt or truncated: keep what was decompressed before.
    }
    return out.size() == 0 ? body : out.toByteArray();
  }
}
