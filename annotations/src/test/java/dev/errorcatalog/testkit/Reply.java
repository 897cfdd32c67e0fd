package dev.errorcatalog.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One HTTP response for {@link LoopbackServer} to send: status, headers, and the body's content, sent gzipped
 * (with {@code Content-Encoding: gzip}) when {@link #gzip()} says so.
 *
 * @param headers extra headers, e.g. {@code Retry-After}; {@code Content-Type} is {@link #contentType()}
 * @param contentType the {@code Content-Type}, or {@code null} for none
 */
public record Reply(int status, String contentType, Map<String, String> headers, byte[] content, boolean gzip) {

  /** The reply of a successful call: {@code 200 {"ok":true}}. */
  public static final Reply OK = json(200, "{\"ok\":true}");

  public Reply {
    headers = Map.copyOf(headers);
    content = content.clone();
  }

  /** An {@code application/json} reply. */
  public static Reply json(int status, String body) {
    return new Reply(status, "application/json", Map.of(), body.getBytes(StandardCharsets.UTF_8), false);
  }

  /** A reply with this content type (or {@code null}) and text body. */
  public static Reply of(int status, String contentType, String body) {
    return new Reply(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8), false);
  }

  /** A reply without a body (nor a content type). */
  public static Reply empty(int status) {
    return new Reply(status, null, Map.of(), new byte[0], false);
  }

  /** The same reply with one more header. */
  public Reply with(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, contentType, more, content, gzip);
  }

  /** The same reply, its body sent gzipped. */
  public Reply gzipped() {
    return new Reply(status, contentType, headers, content, true);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The body as text (UTF-8). */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  /** The bytes on the wire: the content, or its gzip. */
  public byte[] wire() {
    if (!gzip) {
      return content.clone();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Every header sent, {@code Content-Type} and {@code Content-Encoding} included. */
  public Map<String, List<String>> allHeaders() {
    Map<String, List<String>> all = new LinkedHashMap<>();
    if (contentType != null) {
      all.put("Content-Type", List.of(contentType));
    }
    if (gzip) {
      all.put("Content-Encoding", List.of("gzip"));
    }
    headers.forEach((k, v) -> all.put(k, List.of(v)));
    return all;
  }

  @Override
  public String toString() {
    return status + (contentType == null ? "" : " " + contentType) + (headers.isEmpty() ? "" : " " + headers)
        + (gzip ? " gzip" : "") + " " + (content.length == 0 ? "(empty)" : text());
  }
}
