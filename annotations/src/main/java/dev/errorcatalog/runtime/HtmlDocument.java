package dev.errorcatalog.runtime;

/**
 * Whether a response's body is an HTML document: the page a proxy, CDN or load balancer answers with (nginx's
 * {@code 502 Bad Gateway}, Cloudflare's block page), which the API behind it never sent. The {@code Content-Type}
 * decides where the response has one ({@code text/html}, {@code application/xhtml+xml}); without one, the
 * body's start: {@code <!DOCTYPE html} or {@code <html}, in any case, after optional whitespace, comments
 * ({@code <!-- ... -->}, as Cloudflare's pages put before their {@code <html>}) and, for XHTML, an XML
 * declaration ({@code <?xml ... ?>}). Other XML ({@code <?xml ...?><Error>}) and text that merely contains markup
 * are not documents. Only {@link LeadingBytes#LIMIT} bytes are looked at: a start hidden behind a longer
 * prologue counts as text.
 */
final class HtmlDocument {

  private HtmlDocument() {}

  /**
   * Whether the body is an HTML document.
   *
   * @param contentType the response's {@code Content-Type}, or {@code null}
   * @param first the index of the body's first significant byte ({@link LeadingBytes#first})
   * @param end the end of the bytes looked at ({@link LeadingBytes#end})
   */
  static boolean is(String contentType, byte[] body, int first, int end) {
    if (contentType != null) {
      return MediaType.is(contentType, "text/html") || MediaType.is(contentType, "application/xhtml+xml");
    }
    return startsAsDocument(body, first, end);
  }

  private static boolean startsAsDocument(byte[] body, int first, int end) {
    int i = first;
    int declaration = LeadingBytes.match(body, i, end, "<?xml");
    if (declaration >= 0) {
      i = LeadingBytes.after(body, declaration, end, "?>");
      if (i < 0) {
        return false;
      }
      i = LeadingBytes.skipSpace(body, i, end);
    }
    for (int comment; (comment = LeadingBytes.match(body, i, end, "<!--")) >= 0; ) {
      i = LeadingBytes.after(body, comment, end, "-->");
      if (i < 0) {
        return false;
      }
      i = LeadingBytes.skipSpace(body, i, end);
    }
    int doctype = LeadingBytes.match(body, i, end, "<!doctype");
    if (doctype >= 0) {
      if (!LeadingBytes.isSpace((byte) LeadingBytes.next(body, doctype, end))) {
        return false;
      }
      return endsTag(body, LeadingBytes.match(body, LeadingBytes.skipSpace(body, doctype, end), end, "html"), end);
    }
    return endsTag(body, LeadingBytes.match(body, i, end, "<html"), end);
  }

  /** Whether a name read up to {@code after} ({@code -1}: not read) ends there, as a tag's name ends. */
  private static boolean endsTag(byte[] body, int after, int end) {
    if (after < 0) {
      return false;
    }
    int next = LeadingBytes.next(body, after, end);
    return next == '>' || next >= 0 && LeadingBytes.isSpace((byte) next);
  }
}
