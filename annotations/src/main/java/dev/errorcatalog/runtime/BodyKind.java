package dev.errorcatalog.runtime;

/**
 * What a response's body is, as far as a match by the status alone asks: an entry recognised by its status
 * takes only a body of the kind it documents ({@link #fits}), so that a status alone does not label what the
 * API never sent, such as a proxy's HTML page at a documented status. Told from the body's first bytes (and, for
 * HTML, its {@code Content-Type}), never by reading it whole.
 */
enum BodyKind {
  /** No body: no bytes, or only whitespace (and a byte order mark). */
  EMPTY,
  /**
   * JSON: an object or an array ({@code {...}}, {@code [...]}: what a shape's pointers read), told by its first
   * significant character, whatever the {@code Content-Type} says: the decoder reads such a body as JSON under
   * any label too (APIs on PHP or Express often send JSON as {@code text/html}).
   */
  JSON,
  /** Any other body that is not an HTML document: plain text, XML, a JSON string. */
  TEXT,
  /** An HTML document ({@link HtmlDocument}). */
  HTML;

  /**
   * The kind of a body (as it reads once decompressed), looking at its first {@link LeadingBytes#LIMIT} bytes
   * at most: a body whose first kilobyte is all whitespace counts as text.
   *
   * @param contentType the response's {@code Content-Type}, or {@code null}
   */
  static BodyKind of(byte[] body, String contentType) {
    if (body.length == 0) {
      return EMPTY; // what the entries documented without a body mostly get: decided without a look
    }
    int end = LeadingBytes.end(body);
    int first = LeadingBytes.first(body, end);
    if (first == end) {
      return end == body.length ? EMPTY : TEXT;
    }
    if (body[first] == '{' || body[first] == '[') {
      return JSON;
    }
    return HtmlDocument.is(contentType, body, first, end) ? HTML : TEXT;
  }

  /**
   * Whether an entry documenting bodies of kind {@code documented} takes this body by its status alone: an entry
   * without a body only no body; a JSON shape only JSON; a text shape text or no body (the empty text, which is
   * what its encoder writes when it documents no message). An HTML document fits none: a text entry matches one
   * only through a documented message (a template), never by the status alone.
   */
  boolean fits(CatalogCodec.Body documented) {
    return switch (documented) {
      case EMPTY -> this == EMPTY;
      case JSON -> this == JSON;
      case TEXT -> this == TEXT || this == EMPTY;
    };
  }
}
