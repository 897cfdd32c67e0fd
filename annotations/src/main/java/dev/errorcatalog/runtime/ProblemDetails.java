package dev.errorcatalog.runtime;

import dev.errorcatalog.CatalogError;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * RFC 9457 problem details as errorcatalog writes them (the Spring starter's RFC 9457 mode) and reads them (the
 * decoder, through {@code ProblemJson} and {@code ProblemMatcher}): the one place for the media type, the URN of an
 * entry and the members written, so that what a service writes and what a client reads cannot drift apart.
 */
public final class ProblemDetails {

  /** The RFC 9457 media type. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The prefix of the URN naming a catalog and an entry's anchor, {@code urn:errorcatalog:<catalog>:<anchor>}. */
  public static final String URN_PREFIX = "urn:errorcatalog:";

  private ProblemDetails() {}

  /** The URN {@code urn:errorcatalog:<catalog>:<anchor>} of an entry, a problem {@code type} the decoder reads. */
  public static String urn(CatalogError entry) {
    return URN_PREFIX + entry.catalogId() + ":" + entry.anchor();
  }

  /**
   * The problem body of an entry, UTF-8 JSON: {@code type}, the entry's {@code title} and {@code status},
   * {@code detail}, {@code code} (the code the API sends; where it sends none the entry's name, which the decoder
   * also reads) and {@code args} (each value as text). The caller makes {@code detail} and the values safe to show.
   *
   * @param type the problem type: {@link #urn} or the entry's docs URL
   * @param detail the message; {@code null} writes {@code null}
   * @param args the arguments, in the order to write them
   */
  public static byte[] write(CatalogError entry, String type, String detail, Map<String, ?> args) {
    StringBuilder out = new StringBuilder(256);
    out.append('{');
    string(out, "type", type).append(',');
    string(out, "title", entry.title()).append(',');
    JsonStrings.appendQuoted("status", out);
    out.append(':').append(entry.httpStatus()).append(',');
    string(out, "detail", detail).append(',');
    string(out, "code", entry.code().isEmpty() ? entry.name() : entry.code()).append(',');
    JsonStrings.appendQuoted("args", out);
    out.append(":{");
    boolean first = true;
    for (Map.Entry<String, ?> arg : args.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, arg.getKey(), String.valueOf(arg.getValue()));
    }
    out.append("}}");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static StringBuilder string(StringBuilder out, String name, String value) {
    JsonStrings.appendQuoted(name, out);
    out.append(':');
    if (value == null) {
      return out.append("null");
    }
    JsonStrings.appendQuoted(value, out);
    return out;
  }
}
