package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.HttpStatuses;
import dev.errorcatalog.processor.model.Identity;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headings of a page's entries: {@code ### `ORDER_NOT_FOUND` · Order not found {#order-not-found}}. Its id is
 * the entry's stable anchor ({@code CatalogError.anchor()}, written with MkDocs' {@code attr_list}), so the table
 * of contents, search results, permalinks and the summary all link the one URL that code and logs link to.
 *
 * <p>The text is the value the API sends that identifies the entry, then its whole title: a title is never cut
 * (a writer gets EC051 for one too long for a heading). A title that only repeats the status's reason phrase
 * ("Bad Request" at 400) says nothing the table of contents needs: it is left out (the status line shows it).
 * Entries whose headings would still read the same are told apart by their message, title, status or body. No backslash escapes: see
 * {@link Markdown#headingText}.
 */
final class EntryHeading {

  /** The longest identifying value a heading shows; the whole value is in the entry's facts. */
  static final int VALUE_LENGTH = 40;

  // By identity: an entry is one of its catalog, and a record's hash would read the whole entry on each lookup.
  private final Map<Entry, String> texts = new IdentityHashMap<>();

  /** The headings of a page's entries, told apart from one another. */
  EntryHeading(List<Entry> entries) {
    java.util.Set<String> anchors = new java.util.HashSet<>();
    entries.forEach(e -> anchors.add(e.anchor()));
    Map<String, List<Entry>> byText = new LinkedHashMap<>();
    for (Entry entry : entries) {
      byText.computeIfAbsent(plain(entry, anchors), t -> new java.util.ArrayList<>()).add(entry);
    }
    byText.forEach((text, same) -> {
      if (same.size() == 1) {
        texts.put(same.get(0), text);
        return;
      }
      // Told apart by what differs: the message, else the title, the status, the body, else the order on the page.
      List<java.util.function.Function<Entry, String>> ways = List.of(
          e -> e.message().map(m -> Markdown.code(new Identity(Identity.Kind.MESSAGE, m.documented(), List.of())
              .shortValue(VALUE_LENGTH))).orElse(""),
          e -> isReasonPhrase(e) ? "" : title(e),
          e -> status(e),
          e -> Markdown.code(e.shape().name()) + " body");
      for (java.util.function.Function<Entry, String> way : ways) {
        List<String> told = same.stream().map(way).toList();
        if (told.stream().noneMatch(t -> t.isEmpty() || text.contains(t)) && new java.util.HashSet<>(told).size()
            == told.size()) {
          for (int i = 0; i < same.size(); i++) {
            texts.put(same.get(i), text + " · " + told.get(i));
          }
          return;
        }
      }
      for (int i = 0; i < same.size(); i++) {
        texts.put(same.get(i), text + " (" + (i + 1) + ")");
      }
    });
  }

  /** The heading line, ending with a line break. */
  String line(Entry entry) {
    return "### " + text(entry) + " {#" + entry.anchor() + "}\n";
  }

  /** The heading's text. */
  String text(Entry entry) {
    return texts.computeIfAbsent(entry, e -> plain(e, java.util.Set.of(e.anchor())));
  }

  /** The identifying value and the title (or the status, for a title that is only its reason phrase). */
  private static String plain(Entry entry, java.util.Set<String> anchors) {
    String value = value(entry);
    String title = title(entry);
    boolean byStatus = Identity.of(entry).kind() == Identity.Kind.STATUS;
    if (!byStatus && isReasonPhrase(entry)) {
      // The value alone: a status in every such heading would make a search for "400" find them all before the
      // entry the status alone identifies. The title still where the value's own id would be an entry's anchor
      // (a renderer without attr_list gives the heading that id too).
      return anchors.contains(HeadingIds.slug(value)) ? value + " · " + title : value;
    }
    // Also a title made of the message's own words: a heading of the value alone would take the entry's anchor as
    // its slug where the anchor is made from the message, and a renderer without attr_list would show two ids.
    return title.isEmpty() ? value : value + " · " + title;
  }

  /** The identifying value as headings show it: the code, constant or message in code, or the status. */
  static String value(Entry entry) {
    Identity identity = Identity.of(entry);
    return switch (identity.kind()) {
      case CODE, CONSTANT, MESSAGE -> Markdown.code(identity.shortValue(VALUE_LENGTH));
      case STATUS -> status(entry);
    };
  }

  /** True when the title is the reason phrase of the entry's status ("Bad Request" at 400). */
  static boolean isReasonPhrase(Entry entry) {
    String title = Markdown.oneSpaced(entry.title()).toLowerCase(Locale.ROOT);
    return entry.statuses().stream().anyMatch(s -> s != 0 && HttpStatuses.reason(s).toLowerCase(Locale.ROOT)
        .equals(title));
  }

  /**
   * The entry's status as headings and tables show it: {@code 404}, {@code 403, 429} for an entry answered with
   * several, or "Non-HTTP" for a status of 0.
   */
  static String status(Entry entry) {
    return entry.status() == 0 ? "Non-HTTP"
        : String.join(", ", entry.statuses().stream().map(String::valueOf).toList());
  }

  /** The whole title, heading-safe; "" for a title of only markup. */
  static String title(Entry entry) {
    return Markdown.headingText(entry.title());
  }
}
