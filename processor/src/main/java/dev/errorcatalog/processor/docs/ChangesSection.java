package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.BaselineComparison;
import dev.errorcatalog.processor.model.CatalogChange;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.History;
import dev.errorcatalog.processor.model.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Changes section of a catalog's page: what changed since the baseline the build compared with (every
 * difference, breaking ones with the writer's reason), then each version the catalog records, newest first:
 * the entries new in it ({@code since:}), the entries removed in it ({@code removed:}, with what to use
 * instead) and the breaking changes it accepted. Empty when the catalog records nothing and no baseline was
 * compared.
 */
final class ChangesSection {

  private final CatalogModel catalog;
  private final Optional<BaselineComparison> comparison;

  ChangesSection(CatalogModel catalog, Optional<BaselineComparison> comparison) {
    this.catalog = catalog;
    this.comparison = comparison;
  }

  /** True when the section has something to say. */
  boolean isEmpty() {
    return catalog.history().isEmpty() && comparison.isEmpty();
  }

  /** The section under {@code heading}; its version headings are claimed from {@code ids}. */
  String render(String heading, HeadingIds ids) {
    StringBuilder out = new StringBuilder("## ").append(heading).append("\n\n");
    History history = catalog.history();
    history.version().ifPresent(v -> out.append("This page documents version ").append(Markdown.code(v.text()))
        .append(" of the catalog.\n\n"));
    comparison.ifPresent(c -> sinceBaseline(c, ids, out));
    for (Version version : versions(history)) {
      out.append("### ").append(ids.claim("Version " + version.text(), "Changes in version " + version.text()))
          .append("\n\n");
      List<String> lines = new ArrayList<>();
      history.records().stream().filter(r -> r.version().equals(version)).forEach(r -> {
        r.summary().ifPresent(s -> out.append(Markdown.prose(s)).append("\n\n"));
        r.accepted().forEach(a -> lines.add("Changed on purpose: " + Markdown.code(a.entry()) + ", "
            + a.change().words() + ". " + sentence(a.reason())));
      });
      for (Entry e : catalog.entries()) {
        history.since(e).filter(version::equals).ifPresent(v -> lines.add("New: " + linked(e) + ", "
            + Markdown.inline(e.title().strip()) + "."));
      }
      for (History.RemovedEntry r : history.removed()) {
        if (r.in().equals(version)) {
          lines.add(removed(r));
        }
      }
      lines.forEach(line -> out.append("- ").append(line).append('\n'));
      if (!lines.isEmpty()) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private void sinceBaseline(BaselineComparison c, HeadingIds ids, StringBuilder out) {
    String title = c.baselineVersion().map(v -> "Since version " + v.text()).orElse("Since the baseline");
    out.append("### ").append(ids.claim(title, title + " (baseline)")).append("\n\n");
    if (c.changes().isEmpty()) {
      out.append("No entry changed since ").append(baselineWords(c)).append(".\n\n");
      return;
    }
    out.append("What changed since ").append(baselineWords(c)).append(", the release this build was compared"
        + " with:\n\n");
    for (CatalogChange change : c.changes()) {
      String value = change.anchor().map(a -> "[" + Markdown.code(change.entry()) + "](#" + a + ")")
          .orElse(Markdown.code(change.entry()));
      out.append("- ").append(value).append(": ").append(Markdown.inline(change.text()))
          .append(change.accepted().filter(r -> change.kind().breaking()).map(r -> " " + sentence(r)).orElse(""))
          .append('\n');
    }
    out.append('\n');
  }

  private static String baselineWords(BaselineComparison c) {
    return c.baselineVersion().map(v -> "version " + Markdown.code(v.text())).orElse("the baseline");
  }

  /** Every version the catalog records something for, newest first. */
  private static List<Version> versions(History history) {
    TreeSet<Version> all = new TreeSet<>(Comparator.reverseOrder());
    history.records().forEach(r -> all.add(r.version()));
    all.addAll(history.since().values());
    history.removed().forEach(r -> all.add(r.in()));
    return List.copyOf(all);
  }

  private static String removed(History.RemovedEntry r) {
    Entry e = r.entry();
    String value = Markdown.code(e.hasCode() ? e.code() : e.constantName());
    return "Removed: " + value + " (" + (e.status() == 0 ? "non-HTTP" : "status " + e.status()) + ", "
        + Markdown.inline(e.title().strip()) + ") is no longer sent"
        + r.replacedBy().map(u -> "; use " + Markdown.code(u) + " instead").orElse("") + ".";
  }

  private static String linked(Entry e) {
    return "[" + Markdown.code(e.hasCode() ? e.code() : e.constantName()) + "](#" + e.anchor() + ")";
  }

  private static String sentence(String text) {
    String t = Markdown.inline(Markdown.oneSpaced(text));
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}
