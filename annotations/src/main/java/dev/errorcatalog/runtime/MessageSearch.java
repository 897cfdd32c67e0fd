package dev.errorcatalog.runtime;

/** The decoder's search for the best message template, or set of constants, of a response at its status. */
final class MessageSearch {

  /** What an entry told apart by constants alone captures (never written to). */
  private static final String[] NONE_CAPTURED = new String[0];

  private MessageSearch() {}

  /**
   * Rule 2's search: each message source of the status offers the templates its message fits to {@code best},
   * then the entries told apart by constants alone, the most specific winning. Returns the body's text when a
   * text source read it ({@code null} otherwise), so that it is read once.
   */
  static <E> String search(CatalogIndex.StatusTable<E> table, BodyValues values, byte[] body,
      ResponseHeaders h, MessageIndex.Match<E> best) {
    String text = null;
    for (int i = 0; i < table.sources.length; i++) {
      String message;
      if (table.sources[i] == MessageIndex.TEXT_BODY) {
        if (text == null && !table.indexes.get(i).mayStartWith(BodyText.firstChar(body))) {
          continue; // e.g. a JSON body, where only templates starting with a letter are documented as text
        }
        text = text != null ? text : BodyText.of(body, h.contentType());
        message = text;
      } else {
        message = values.scalar(table.sources[i]);
      }
      if (message != null) {
        table.indexes.get(i).search(message, values, best);
      }
    }
    for (Candidate<E> c : table.byConstants) {
      if (!c.moreSpecificThan(best.candidate)) {
        break;
      }
      if (c.constantsHold(values)) {
        best.offer(c, NONE_CAPTURED);
        break;
      }
    }
    return text;
  }
}
