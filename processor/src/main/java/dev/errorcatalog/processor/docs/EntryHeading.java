package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Identity;

/**
 * The heading of one entry: {@code ### `ORDER_NOT_FOUND` · Order not found {#order-not-found}}. Its id is the
 * entry's stable anchor ({@code CatalogError.anchor()}, written with MkDocs' {@code attr_list}), so the table
 * of contents, search results, permalinks and the summary all link the one URL that code and logs link to.
 * Its text is short, for the table of contents: the value the API sends that identifies the entry, then the
 * first words of the title (the whole title is in the entry when it is cut). No backslash escapes: see
 * {@link Markdown#headingText}.
 */
final class EntryHeading {

  /** The longest identifying value a heading shows; the whole value is in the entry's facts. */
  static final int VALUE_LENGTH = 40;

  /** Words of the title a heading shows. */
  private static final int TITLE_WORDS = 5;

  private EntryHeading() {}

  /** The heading line, ending with a line break. */
  static String line(Entry entry) {
    return "### " + text(entry) + " {#" + entry.anchor() + "}\n";
  }

  /** The heading's text: the identifying value and the first words of the title. */
  static String text(Entry entry) {
    Identity identity = Identity.of(entry);
    String value = switch (identity.kind()) {
      case CODE, CONSTANT, MESSAGE -> Markdown.code(identity.shortValue(VALUE_LENGTH));
      case STATUS -> status(entry);
    };
    String title = shortTitle(entry);
    return title.isEmpty() ? value : value + " · " + title;
  }

  /**
   * The entry's status as headings and tables show it: {@code 404}, {@code 403, 429} for an entry answered with
   * several, or "Non-HTTP" for a status of 0.
   */
  static String status(Entry entry) {
    return entry.status() == 0 ? "Non-HTTP"
        : String.join(", ", entry.statuses().stream().map(String::valueOf).toList());
  }

  /** The title's first words, heading-safe; "" for a title of only markup. */
  static String shortTitle(Entry entry) {
    String title = Markdown.headingText(entry.title());
    String[] words = title.split(" ");
    return words.length <= TITLE_WORDS ? title : String.join(" ", java.util.Arrays.copyOf(words, TITLE_WORDS)) + " …";
  }

  /** True when the heading shows less than the whole title, so the entry states it. */
  static boolean titleCut(Entry entry) {
    return !shortTitle(entry).equals(entry.title().strip().replaceAll("\\s+", " "));
  }
}
