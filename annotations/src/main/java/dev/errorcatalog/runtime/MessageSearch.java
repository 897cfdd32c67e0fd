package dev.errorcatalog.runtime;

/** The decoder's last search of rule 2: the entries of a status told apart by constants alone. */
final class MessageSearch {

  /** What an entry told apart by constants alone captures (never written to). */
  private static final String[] NONE_CAPTURED = new String[0];

  private MessageSearch() {}

  /**
   * Offers {@code best} the most specific entry recognised by constants alone whose constants the body carries,
   * if it is more specific than the template {@code best} holds.
   */
  static <E> void byConstants(CatalogIndex.StatusTable<E> table, BodyValues values, MessageIndex.Match<E> best) {
    for (Candidate<E> c : table.byConstants) {
      if (!c.moreSpecificThan(best.candidate)) {
        break;
      }
      if (c.constantsHold(values)) {
        best.offer(c, NONE_CAPTURED);
        break;
      }
    }
  }
}
