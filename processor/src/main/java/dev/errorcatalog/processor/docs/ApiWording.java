package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.WaitHint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the docs pages say of an entry and of a body shape, for the other renderings of a catalog that a reader
 * sees beside them (the OpenAPI export, shown by Swagger UI or Redoc): the same words, in the API's voice, as
 * CommonMark with every piece of catalog text escaped as the pages escape it, so that nothing a catalog holds
 * becomes markup or live HTML there either. One place for the wording, so the two renderings cannot drift apart.
 */
public final class ApiWording {

  /** What a text body is, as the page's "Response bodies" section says it. */
  public static final String TEXT_BODY = "Plain text: the whole body is the message.";

  private ApiWording() {}

  /** Catalog text on one line, shown as written (line breaks become spaces). */
  public static String inline(String text) {
    return Markdown.inline(text);
  }

  /** Catalog prose as paragraphs, shown as written. */
  public static String prose(String text) {
    return Markdown.prose(text);
  }

  /** Text as inline code, shown literally. */
  public static String code(String text) {
    return Markdown.code(text);
  }

  /**
   * The entry's message as its section on the page shows it: the documented template in code, with "… (the API may
   * add further text)" where it ends in {@code {...}}; empty for an entry without one.
   */
  public static Optional<String> message(Entry entry) {
    return entry.message().map(EntrySection::template);
  }

  /** The entry's retry advice, as its section on the page gives it. */
  public static String retryAdvice(Entry entry) {
    return RetryWording.advice(entry);
  }

  /** "404 Not Found", "403 Forbidden or 429 Too Many Requests", as the entry's status line says it. */
  public static String statuses(Entry entry) {
    return EntrySection.statuses(entry);
  }

  /**
   * What each field of each JSON body holds, as the page's body tables say it: by shape name, then by JSON
   * Pointer (in table order, the first row of a pointer where a shape reads it twice). The values the entries of
   * a shape give its fields are those of {@code entries}, as on the page of the catalog.
   */
  public static Map<String, Map<String, String>> fieldMeanings(List<Entry> entries) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    new BodyShapes(entries, new HeadingIds(List.of())).rows().forEach((shape, rows) -> {
      Map<String, String> byPointer = new LinkedHashMap<>();
      rows.forEach(row -> byPointer.putIfAbsent(row.getKey(), row.getValue()));
      out.put(shape, byPointer);
    });
    return out;
  }

  /**
   * What a response header says, as the page's body section says it: how long to wait, for a declared wait hint
   * (with its unit) or {@code Retry-After}; empty for another header.
   */
  public static Optional<String> headerMeaning(String header, Optional<WaitHint> hint) {
    return BodyShapes.headerMeaning(header, hint);
  }
}
