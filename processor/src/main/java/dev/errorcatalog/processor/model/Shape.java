package dev.errorcatalog.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A body shape, declared once under {@code shapes:} and named by entries: where a body carries its code,
 * message, extra fields and retry hint. Pointers are RFC 6901 JSON Pointers.
 *
 * @param fields extra fields captured into {@code args()} by name, in declaration order (name to pointer)
 * @param when constants the body must carry (and an encoder writes)
 * @param retryAfter pointer to a number of seconds to wait before retrying
 * @param decided why the catalog assumes this shape where its source shows no such body; empty when the
 *     source documents it
 * @param meanings what fields of the body mean, in the API's words, by pointer (read by the shape or not), in
 *     declaration order; shown in the docs
 * @param error true when the catalog says the shape's bodies are errors whatever the status ({@code error: true}):
 *     every entry of the shape is an error, and at a success status a body carrying the shape's {@code when}
 *     constants is an error even with a code no entry documents
 * @param subcode pointer to the sub-code that refines the code (Stripe's {@code /error/decline_code}): an entry
 *     with the same code and a {@code subcode} is recognised where the body carries that value there
 * @param waits the wait hints the shape's responses carry besides {@code Retry-After} ({@code wait:}), in the
 *     order they are read; an entry's own list replaces them
 * @param docsLink the name of the field (one of {@code fields}) that links a body to its entry's docs
 *     ({@code role: docs-link}, like Stripe's {@code doc_url}): the encoder and the Spring starter fill it with
 *     the entry's docs URL when one is configured; empty for most shapes
 */
public record Shape(
    String name,
    BodyKind body,
    Optional<String> code,
    Optional<String> message,
    Map<String, String> fields,
    List<Constant> when,
    Optional<String> retryAfter,
    SourcePosition position,
    Optional<String> decided,
    Map<String, String> meanings,
    boolean error,
    Optional<String> subcode,
    List<WaitHint> waits,
    Optional<String> docsLink) {

  public Shape {
    waits = List.copyOf(waits);
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    meanings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meanings));
  }

  /** A shape without a docs link field. */
  public Shape(String name, BodyKind body, Optional<String> code, Optional<String> message, Map<String, String> fields,
      List<Constant> when, Optional<String> retryAfter, SourcePosition position, Optional<String> decided,
      Map<String, String> meanings, boolean error, Optional<String> subcode, List<WaitHint> waits) {
    this(name, body, code, message, fields, when, retryAfter, position, decided, meanings, error, subcode, waits,
        Optional.empty());
  }

  /** A shape without declared wait hints. */
  public Shape(String name, BodyKind body, Optional<String> code, Optional<String> message, Map<String, String> fields,
      List<Constant> when, Optional<String> retryAfter, SourcePosition position, Optional<String> decided,
      Map<String, String> meanings, boolean error, Optional<String> subcode) {
    this(name, body, code, message, fields, when, retryAfter, position, decided, meanings, error, subcode, List.of());
  }

  /** A shape whose fields carry no meanings. */
  public Shape(String name, BodyKind body, Optional<String> code, Optional<String> message, Map<String, String> fields,
      List<Constant> when, Optional<String> retryAfter, SourcePosition position, Optional<String> decided) {
    this(name, body, code, message, fields, when, retryAfter, position, decided, Map.of(), false, Optional.empty());
  }

  /** A shape whose bodies are errors by their status alone. */
  public Shape(String name, BodyKind body, Optional<String> code, Optional<String> message, Map<String, String> fields,
      List<Constant> when, Optional<String> retryAfter, SourcePosition position, Optional<String> decided,
      Map<String, String> meanings) {
    this(name, body, code, message, fields, when, retryAfter, position, decided, meanings, false, Optional.empty());
  }

  /**
   * The array a pointer reads through {@code *} (the pointer before its {@code *}: {@code /errors} for
   * {@code /errors/*}{@code /code}), or empty for a pointer at a fixed place.
   */
  public static Optional<String> arrayOf(String pointer) {
    int at = pointer.indexOf("/*");
    while (at >= 0) {
      int end = at + 2;
      if (end == pointer.length() || pointer.charAt(end) == '/') {
        return Optional.of(pointer.substring(0, at));
      }
      at = pointer.indexOf("/*", end);
    }
    return Optional.empty();
  }

  /** The array of errors: where the code is read through {@code *}, each element is one error of the body. */
  public Optional<String> errorArray() {
    return code.flatMap(Shape::arrayOf);
  }

  /**
   * True for a list field: its pointer reads through an array ({@code *}) other than the array of errors, so it
   * captures every element's value (joined by ", " in {@code args()}).
   */
  public boolean isList(String field) {
    String pointer = fields.get(field);
    if (pointer == null) {
      return false;
    }
    Optional<String> array = arrayOf(pointer);
    return array.isPresent() && !array.equals(errorArray());
  }

  /** Every pointer this shape reads, in a stable order. */
  public List<String> pointers() {
    java.util.List<String> all = new java.util.ArrayList<>();
    code.ifPresent(all::add);
    subcode.ifPresent(all::add);
    message.ifPresent(all::add);
    all.addAll(fields.values());
    when.forEach(c -> all.add(c.pointer()));
    retryAfter.ifPresent(all::add);
    waits.stream().filter(w -> !w.header()).forEach(w -> all.add(w.name()));
    return List.copyOf(new java.util.LinkedHashSet<>(all));
  }
}
