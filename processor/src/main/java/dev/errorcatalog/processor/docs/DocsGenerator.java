package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.CatalogModel;
import java.util.List;

/** Renders the Markdown docs site: one page per catalog and an index. (Being written.) */
public final class DocsGenerator {

  /** The file name of a catalog's page: {@code <id>.md}. */
  public static String pageName(CatalogModel catalog) {
    return catalog.id() + ".md";
  }

  /** The page of one catalog. */
  public String page(CatalogModel catalog) {
    return "# " + catalog.title() + "\n";
  }

  /** The index over every catalog of the build, sorted by id. */
  public String index(List<CatalogModel> catalogs) {
    return "# Error catalogs\n";
  }
}
