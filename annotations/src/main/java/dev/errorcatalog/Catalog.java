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

  /**
   * The entry with this code, as the API sends it; O(1). An entry with only a name is not found here, nor a
   * refinement (an entry with a {@link CatalogError#subcode()}): {@link #bySubcode} finds those.
   */
  Optional<E> byCode(String code);

  /**
   * The entry with this name ({@link CatalogError#name()}, the Java constant), whether or not the API sends
   * a code for it; generated catalogs answer in O(1).
   */
  default Optional<E> byName(String name) {
    for (E entry : entries()) {
      if (entry.name().equals(name)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /**
   * The entry refining the entry with this code by this sub-code ({@code bySubcode("card_declined",
   * "insufficient_funds")}); empty where the catalog documents no such refinement. The default looks through
   * {@link #entries()}.
   */
  default Optional<E> bySubcode(String code, String subcode) {
    for (E entry : entries()) {
      if (entry.code().equals(code) && !entry.subcode().isEmpty() && entry.subcode().equals(subcode)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** The catalog's decoder. */
  ErrorDecoder<E> decoder();
}
