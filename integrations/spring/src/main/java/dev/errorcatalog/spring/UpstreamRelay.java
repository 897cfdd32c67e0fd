package dev.errorcatalog.spring;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.ErrorCatalogs;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The upstream errors {@code errorcatalog.errors.relay} passes on as documented: whole catalogs by id, or
 * single entries as {@code <catalog>:<code or constant name>}. Resolved once, at start-up: an id or a name
 * that is not there, or an entry that is not an HTTP error, stops the application with what would do.
 */
final class UpstreamRelay implements UpstreamErrorMapper {

  private static final String PROPERTY = "errorcatalog.errors.relay";

  private final Set<String> catalogs;
  private final Set<CatalogError> entries;

  private UpstreamRelay(Set<String> catalogs, Set<CatalogError> entries) {
    this.catalogs = Set.copyOf(catalogs);
    this.entries = Set.copyOf(entries);
  }

  /**
   * The relay of these items; {@code null} when there is none.
   *
   * @throws IllegalStateException naming the item, and the catalogs or entries there are
   */
  static UpstreamRelay of(List<String> items) {
    Set<String> catalogs = new HashSet<>();
    Set<CatalogError> entries = new HashSet<>();
    for (String item : items == null ? List.<String>of() : items) {
      if (item == null || item.isBlank()) {
        continue;
      }
      String value = item.trim();
      int colon = value.indexOf(':');
      Catalog<?> catalog = catalog(value, colon < 0 ? value : value.substring(0, colon).trim());
      if (colon < 0) {
        catalogs.add(catalog.id());
      } else {
        entries.add(FrameworkErrors.named(catalog, PROPERTY + "=" + value, value.substring(colon + 1)));
      }
    }
    return catalogs.isEmpty() && entries.isEmpty() ? null : new UpstreamRelay(catalogs, entries);
  }

  private static Catalog<?> catalog(String item, String id) {
    try {
      return ErrorCatalogs.catalog(id);
    } catch (NoSuchElementException e) {
      throw new IllegalStateException(PROPERTY + "=" + item + ": " + e.getMessage(), e);
    }
  }

  /** The upstream's exception itself, to be relayed, when its entry is listed and is an HTTP error. */
  @Override
  public Optional<CatalogException> map(CatalogException upstream) {
    CatalogError entry = upstream.error().orElse(null);
    boolean listed = entry != null && (catalogs.contains(entry.catalogId()) || entries.contains(entry));
    return listed && CatalogErrorRenderer.isRenderable(entry) ? Optional.of(upstream) : Optional.empty();
  }

  @Override
  public String toString() {
    return "UpstreamRelay[catalogs=" + catalogs + ", entries=" + entries + "]";
  }
}
