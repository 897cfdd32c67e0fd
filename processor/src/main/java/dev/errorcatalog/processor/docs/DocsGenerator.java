package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.model.BaselineComparison;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Names;
import java.util.List;
import java.util.Optional;

/**
 * Renders the Markdown docs site: one page per catalog ({@code <id>.md}) and an index
 * ({@code index.md}).
 *
 * <p>The pages target <b>MkDocs with the Material theme</b> (Python-Markdown with MkDocs' default
 * {@code tables} and {@code toc} extensions): YAML front matter with {@code title} and
 * {@code description}, which Material uses for the page title and the meta description, and each entry
 * heading's id written as {@code {#anchor}} (MkDocs' {@code attr_list}), equal to {@code CatalogError.anchor()},
 * so that deep links from code and logs, the table of contents and the search results all use one stable URL.
 * Apart from those ids they are plain CommonMark with GFM tables, so they read well on any Git host; the
 * front matter and the {@code {#anchor}} suffixes are the only parts a plain CommonMark renderer shows as text.
 *
 * <p>Output is deterministic: it depends only on the model (never on time, paths or map order).
 */
public final class DocsGenerator {

  private final DocsOptions options;

  /** Pages for API users, without Java details. */
  public DocsGenerator() {
    this(DocsOptions.DEFAULT);
  }

  public DocsGenerator(DocsOptions options) {
    this.options = options;
  }

  /** The file name of a catalog's page: {@code <id>.md}. */
  public static String pageName(CatalogModel catalog) {
    return catalog.id() + ".md";
  }

  /** The page of one catalog, naming the generated Java types with the default prefix. */
  public String page(CatalogModel catalog) {
    return page(catalog, new GeneratedNames("", Names.prefix(catalog.id())));
  }

  /** The page of one catalog, naming the generated Java types as generated for this build. */
  public String page(CatalogModel catalog, GeneratedNames names) {
    return page(catalog, names, Optional.empty());
  }

  /**
   * The page of one catalog, naming the generated Java types as generated for this build, with what changed
   * since the baseline when the build compared one.
   */
  public String page(CatalogModel catalog, GeneratedNames names, Optional<BaselineComparison> changes) {
    return new CatalogPage(catalog, names, options, changes).render();
  }

  /** The index over every catalog of the build, sorted by id. */
  public String index(List<CatalogModel> catalogs) {
    return IndexPage.render(catalogs);
  }
}
