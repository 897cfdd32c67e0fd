package dev.errorcatalog.runtime;

import dev.errorcatalog.DecodedError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes a fixed set of responses with the Acme catalog and describes each result in a line. Public and
 * free of JUnit, so that {@link OlderJacksonCoreTest} can run it in a class loader with another jackson-core.
 */
public final class DecodeProbe {

  private DecodeProbe() {}

  /** One line per response: status, entry, match kind, message, arguments, retry hint, body length. */
  public static List<String> run() {
    CatalogCodec<TestEntry> codec = AcmeCatalog.codec();
    List<String> lines = new ArrayList<>();
    for (Object[] example : AcmeCatalog.examples()) {
      TestEntry entry = (TestEntry) example[0];
      lines.add(describe(codec, entry.httpStatus(), Map.of(), ((String) example[1]).getBytes(StandardCharsets.UTF_8)));
    }
    String code = "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 42 not found\",";
    List<byte[]> hostile = List.of(
        new byte[0],
        " \r\n ".getBytes(StandardCharsets.UTF_8),
        "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 4".getBytes(StandardCharsets.UTF_8),
        ("\uFEFF" + code + "\"x\":1}").getBytes(StandardCharsets.UTF_8),
        (code + "\"x\":1}").getBytes(StandardCharsets.UTF_16BE),
        (code + "\"x\":\"\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1),
        (code + "\"x\":" + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
        (code + "\"x\":" + "9".repeat(10_000) + "}").getBytes(StandardCharsets.UTF_8),
        (code + "\"pad\":\"" + "p".repeat(5_000) + "\"}").getBytes(StandardCharsets.UTF_8),
        "{\"message\":\"date range must not exceed 7 days\",\"message\":\"other\"}".getBytes(StandardCharsets.UTF_8),
        "[{\"code\":\"ORDER_NOT_FOUND\"}]".getBytes(StandardCharsets.UTF_8));
    for (byte[] body : hostile) {
      lines.add(describe(codec, 404, Map.of(), body));
    }
    lines.add(describe(codec, 429, Map.of("retry-after", List.of("120")), new byte[0]));
    return lines;
  }

  /** The jackson-core version this class loader sees. */
  public static String jacksonVersion() {
    return com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
  }

  /** {@code "bounded"} or {@code "plain"}: the parsers the engine chose for that jackson-core. */
  public static String parsers() {
    return BodyParsers.kind();
  }

  private static String describe(CatalogCodec<TestEntry> codec, int status, Map<String, List<String>> headers,
      byte[] body) {
    DecodedError<TestEntry> d = codec.decodeUnguarded(status, headers, body);
    return d.status() + " " + d.entry().map(TestEntry::code).orElse("-") + " " + d.matchKind()
        + " message=" + d.message().orElse(null) + " args=" + new TreeMap<>(d.args())
        + " retryAfter=" + d.retryAfter().orElse(null) + " bytes=" + d.rawBodyLength();
  }
}
