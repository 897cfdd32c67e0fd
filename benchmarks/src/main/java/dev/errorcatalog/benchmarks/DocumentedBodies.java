package dev.errorcatalog.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body each entry of a catalog documents ({@code empty}, {@code text}, or a JSON shape), read from its YAML,
 * and whether a response's body is of that kind: what a careful user checks, by hand, before taking a response
 * for an entry known by its status alone, as the decoder does (a proxy's HTML page at the status is not it).
 */
final class DocumentedBodies {

  /** What a body is, for that check. */
  enum Kind { EMPTY, JSON, TEXT, HTML }

  private DocumentedBodies() {}

  /** By entry name: {@link Kind#EMPTY}, {@link Kind#TEXT} or {@link Kind#JSON}, from the entry's shape or the default. */
  static Map<String, Kind> of(String catalogId) {
    JsonNode catalog = CatalogYaml.read(catalogId);
    String byDefault = catalog.path("defaults").path("shape").asText("empty");
    Map<String, Kind> byName = new HashMap<>();
    for (JsonNode entry : catalog.path("entries")) {
      String shape = entry.path("shape").asText(byDefault);
      byName.put(CatalogYaml.name(entry), shape.equals("empty") ? Kind.EMPTY : shape.equals("text") ? Kind.TEXT
          : Kind.JSON);
    }
    return byName;
  }

  /** Whether an entry documenting {@code documented} takes this body by its status alone. */
  static boolean takes(Kind documented, Map<String, List<String>> headers, byte[] body) {
    Kind sent = kind(headers, body);
    return switch (documented) {
      case EMPTY -> sent == Kind.EMPTY;
      case JSON -> sent == Kind.JSON;
      default -> sent == Kind.TEXT || sent == Kind.EMPTY;
    };
  }

  private static Kind kind(Map<String, List<String>> headers, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
    if (text.isEmpty()) {
      return Kind.EMPTY;
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      return Kind.JSON;
    }
    String contentType = null;
    for (Map.Entry<String, List<String>> header : headers == null ? Map.<String, List<String>>of().entrySet()
        : headers.entrySet()) {
      if ("Content-Type".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
        contentType = header.getValue().get(0).toLowerCase(Locale.ROOT);
      }
    }
    String start = text.toLowerCase(Locale.ROOT);
    boolean html = contentType != null
        ? contentType.startsWith("text/html") || contentType.startsWith("application/xhtml+xml")
        : start.startsWith("<!doctype html") || start.startsWith("<html");
    return html ? Kind.HTML : Kind.TEXT;
  }
}
