package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.CatalogModel;
import java.util.Comparator;
import java.util.List;

/**
 * The index over every catalog of the build: a table with each catalog's title, summary and counts, then the
 * lookup of every identifying value across the catalogs ({@link CodeLookup}).
 */
final class IndexPage {

  private IndexPage() {}

  /** The index page; catalogs are listed by id, whatever order they come in. */
  static String render(List<CatalogModel> catalogs) {
    List<CatalogModel> sorted = catalogs.stream().sorted(Comparator.comparing(CatalogModel::id)).toList();
    int responses = sorted.stream().mapToInt(c -> c.entries().size()).sum();
    String counts = Sentences.count(sorted.size(), "catalog", "catalogs") + ", "
        + Sentences.count(responses, "documented response", "documented responses");
    StringBuilder out = new StringBuilder();
    out.append(FrontMatter.of("Error catalogs", "The error codes of the APIs of this build: " + counts + "."))
        .append('\n')
        .append(CatalogPage.GENERATED_NOTE).append("\n\n")
        .append("# Error catalogs\n\n")
        .append("Every response the APIs below document, with its status, code, message and retry advice: ")
        .append(counts).append(".\n\n");
    if (sorted.isEmpty()) {
      return out.toString();
    }
    out.append("| Catalog | About | Responses | Errors | Success |\n")
        .append("|---|---|--:|--:|--:|\n");
    for (CatalogModel catalog : sorted) {
      int errors = catalog.errorEntries().size();
      out.append("| [").append(Markdown.cell(catalog.title())).append("](").append(DocsGenerator.pageName(catalog))
          .append(") | ").append(Markdown.cell(CatalogPage.description(catalog)))
          .append(" | ").append(catalog.entries().size())
          .append(" | ").append(errors)
          .append(" | ").append(catalog.entries().size() - errors)
          .append(" |\n");
    }
    out.append('\n').append(CodeLookup.render("Find by code", sorted));
    return out.toString();
  }
}
