package dev.errorcatalog;

import java.util.List;
import java.util.Optional;

/**
 * One generated error catalog: its entries and its decoder. Generated catalogs are registered for
 * {@link ErrorCatalogs#catalog(String)} through {@code META-INF/services/dev.errorcatalog.Catalog}.
 *
 * @param <E> the catalog's entry type
 */
public interface Catalog<E extends CatalogError> {

  /** The catalog id, e.g. {@code insider-one}. */
  String id();

  /** The catalog title. */
  String title();

  /** Every entry, in catalog order. */
  List<E> entries();

  /** The entry with this documented code; O(1). */
  Optional<E> byCode(String code);

  /** The catalog's decoder. */
  ErrorDecoder<E> decoder();
}
