package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Identity;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The "Find by code" table of the index: every value the APIs send that identifies an entry (its code; for an
 * entry without one the constant that tells it apart, its message, or its status), across all catalogs, each
 * linking to its entry. A reader with {@code 8} or {@code 404} from a log finds it here, where a search box
 * only returns noise for so short a value.
 */
final class CodeLookup {

  private CodeLookup() {}

  private record Row(String sortKey, String value, Identity identity, Entry entry, CatalogModel catalog) {}

  /** The section, headed by {@code heading}; the catalogs are those of the index, in its order. */
  static String render(String heading, List<CatalogModel> catalogs) {
    List<Row> rows = new ArrayList<>();
    for (CatalogModel catalog : catalogs) {
      for (Entry entry : catalog.entries()) {
        Identity identity = Identity.of(entry);
        String value = identity.shortValue(EntryHeading.VALUE_LENGTH);
        rows.add(new Row(value.toLowerCase(Locale.ROOT), value, identity, entry, catalog));
        // A refinement is also found by its sub-code alone, which is what a reader pastes from a body.
        entry.subcode().ifPresent(sub -> rows.add(new Row(sub.toLowerCase(Locale.ROOT), sub, identity, entry,
            catalog)));
      }
    }
    // Numbers in numeric order (8 before 10), then the rest alphabetically; ties keep the catalogs' order.
    rows.sort(Comparator.comparing((Row r) -> !isNumber(r.sortKey()))
        .thenComparing(r -> isNumber(r.sortKey()) ? new BigInteger(r.sortKey()) : BigInteger.ZERO)
        .thenComparing(Row::sortKey));
    StringBuilder out = new StringBuilder();
    out.append("## ").append(heading).append("\n\n")
        .append("Every code the APIs send, and for a response without one what identifies it, with its "
            + "status and catalog.\n\n")
        .append("| Code or identifying value | Status | Catalog |\n")
        .append("|---|---|---|\n");
    for (Row row : rows) {
      Entry entry = row.entry();
      String shown = row.identity().kind() == Identity.Kind.MESSAGE
          ? Markdown.cell(row.value()) : Markdown.cellCode(row.value());
      out.append("| [").append(shown.isEmpty() ? "(status)" : shown).append("](")
          .append(DocsGenerator.pageName(row.catalog())).append('#').append(entry.anchor()).append(") | ")
          .append(EntryHeading.status(entry)).append(" | ")
          .append(Markdown.cell(row.catalog().title())).append(" |\n");
    }
    return out.append('\n').toString();
  }

  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
