package dev.errorcatalog.processor.openapi.export;

import dev.errorcatalog.processor.docs.ApiWording;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.DocsUrlPattern;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.RetrySpelling;
import dev.errorcatalog.processor.model.WaitHint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code components.responses}: one response per entry, keyed {@code <catalog-id>.<anchor>}. Its description is the
 * entry's title and what its docs section says of it (meaning, fix, retry advice), in the API's voice and with
 * none of the catalog's bookkeeping; its headers those the catalog says the API sends (a wait hint or
 * {@code Retry-After} with what it says); its content the shape's media type with the shape's schema and the
 * entry's examples; and {@code x-errorcatalog-*} extensions for what OpenAPI has no place for: the entry's
 * constant name, code, sub-code, status, retry class, docs link and the operations it belongs to.
 */
final class EntryResponses {

  /** The statuses a catalog-wide entry (one without {@code endpoints:}) is returned with by every operation. */
  private static final Set<Integer> EVERY_OPERATION = Set.of(401, 403, 408, 429);

  private final CatalogModel catalog;
  private final ComponentKeys keys;
  private final Optional<DocsUrlPattern> docsUrl;

  EntryResponses(CatalogModel catalog, ComponentKeys keys, Optional<DocsUrlPattern> docsUrl) {
    this.catalog = catalog;
    this.keys = keys;
    this.docsUrl = docsUrl;
  }

  /** The responses by key, sorted by key. */
  Map<String, Object> all() {
    Map<String, Object> out = new TreeMap<>();
    catalog.entries().forEach(entry -> out.put(keys.response(entry), response(entry)));
    return out;
  }

  private Map<String, Object> response(Entry entry) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("description", description(entry));
    Map<String, Object> headers = headers(entry);
    if (!headers.isEmpty()) {
      response.put("headers", headers);
    }
    content(entry).ifPresent(content -> response.put("content", content));
    response.put("x-errorcatalog-entry", entry.constantName());
    if (entry.hasCode()) {
      response.put("x-errorcatalog-code", entry.code());
    }
    entry.subcode().ifPresent(subcode -> response.put("x-errorcatalog-subcode", subcode));
    response.put("x-errorcatalog-status", entry.status());
    if (entry.statuses().size() > 1) {
      response.put("x-errorcatalog-statuses", entry.statuses());
    }
    if (!entry.isSuccess()) {
      response.put("x-errorcatalog-retry", RetrySpelling.yamlName(entry.retry().retryClass()));
    }
    docsUrl.ifPresent(pattern -> response.put("x-errorcatalog-docs", pattern.url(catalog.id(), entry.anchor())));
    operations(entry).ifPresent(operations -> response.put("x-errorcatalog-operations", operations));
    return response;
  }

  /**
   * The entry as its docs section tells it: the title, a deprecation, the code and message the API sends, the
   * meaning, the fix and, for an error, the retry advice; CommonMark, with the catalog's text escaped as on the page.
   */
  static String description(Entry entry) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(ApiWording.inline(entry.title()));
    entry.deprecated().ifPresent(note -> paragraphs.add(note.isBlank()
        ? "**Deprecated.**" : "**Deprecated:** " + ApiWording.prose(note)));
    if (entry.hasCode()) {
      paragraphs.add("**Code:** " + ApiWording.code(entry.code())
          + entry.subcode().map(sub -> ", sub-code " + ApiWording.code(sub)).orElse(""));
    }
    ApiWording.message(entry).ifPresent(message -> paragraphs.add("**Message:** " + message));
    entry.description().filter(text -> !text.isBlank()).ifPresent(text -> paragraphs.add(ApiWording.prose(text)));
    entry.fix().filter(text -> !text.isBlank()).ifPresent(text -> paragraphs.add("**Fix:** " + ApiWording.prose(text)));
    if (!entry.isSuccess()) {
      paragraphs.add("**Retry:** " + ApiWording.retryAdvice(entry));
    }
    return String.join("\n\n", paragraphs);
  }

  /**
   * The headers the catalog says the API sends with the entry, by name (sorted, any case once): each wait hint
   * in a header with its unit's type, {@code Retry-After}, and any other header the entry lists.
   */
  static Map<String, Object> headers(Entry entry) {
    Map<String, Optional<WaitHint>> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    entry.headers().forEach(header -> sent.putIfAbsent(header, Optional.empty()));
    entry.waitHints().stream().filter(WaitHint::header).forEach(hint -> sent.put(hint.name(), Optional.of(hint)));
    // OpenAPI ignores a Content-Type header: the content's media type says it.
    sent.remove("Content-Type");
    Map<String, Object> out = new LinkedHashMap<>();
    sent.forEach((name, hint) -> {
      Map<String, Object> header = new LinkedHashMap<>();
      header.put("description", ApiWording.headerMeaning(name, hint).map(EntryResponses::sentence)
          .orElse("Sent with this response."));
      header.put("schema", Map.of("type", hint.map(w -> type(w.unit())).orElse("string")));
      out.put(name, header);
    });
    return out;
  }

  /** The JSON type of a wait hint's value: a length of time in numbers, a time since the epoch, or text. */
  private static String type(WaitHint.Unit unit) {
    return switch (unit) {
      case SECONDS, MILLISECONDS -> "number";
      case EPOCH_SECONDS, EPOCH_MILLISECONDS -> "integer";
      case HTTP_DATE, RATELIMIT, DURATION -> "string";
    };
  }

  private static String sentence(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The content by media type: the shape's schema and the entry's examples; none for a response without a body. */
  Optional<Map<String, Object>> content(Entry entry) {
    Optional<String> mediaType = ShapeSchemas.mediaType(entry.shape());
    if (mediaType.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> media = new LinkedHashMap<>();
    media.put("schema", Map.of("$ref", ComponentKeys.schemaRef(keys.schema(entry.shape()))));
    Map<String, Object> examples = examples(entry);
    if (!examples.isEmpty()) {
      media.put("examples", examples);
    }
    Map<String, Object> content = new LinkedHashMap<>();
    content.put(mediaType.get(), media);
    return Optional.of(content);
  }

  /** The entry's examples, named by its anchor ({@code <anchor>-<n>} where it has several). */
  static Map<String, Object> examples(Entry entry) {
    Map<String, Object> out = new LinkedHashMap<>();
    boolean json = entry.shape().body() == BodyKind.JSON;
    int n = 0;
    for (var example : entry.examples()) {
      n++;
      String name = entry.examples().size() == 1 ? entry.anchor() : entry.anchor() + "-" + n;
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("value", ExampleBodies.shown(example.body(), json));
      out.put(name, object);
    }
    return out;
  }

  /**
   * The operations the entry is returned by: its endpoints of the form {@code METHOD /path} as
   * {@code "METHOD /path"} (the query left out), or {@code "all"} for a catalog-wide error (no endpoints, and a
   * status of 401, 403, 408, 429 or 500 and up); none for any other entry, which stays in the components.
   */
  static Optional<Object> operations(Entry entry) {
    if (entry.endpoints().isEmpty()) {
      boolean everywhere = entry.statuses().stream().anyMatch(s -> EVERY_OPERATION.contains(s) || s >= 500);
      return everywhere ? Optional.of("all") : Optional.empty();
    }
    List<String> operations = OperationPaths.operations(entry).stream().map(OperationPaths.Operation::name)
        .distinct().toList();
    return operations.isEmpty() ? Optional.empty() : Optional.of(operations);
  }
}
