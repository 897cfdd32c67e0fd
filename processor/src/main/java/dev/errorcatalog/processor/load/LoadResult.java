package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.validate.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one catalog: the validated model (with its warnings), or every mistake found. A
 * catalog with any error yields no model, so nothing is generated from it.
 *
 * @param checkable the model the later checks (its examples decoded) run on: the valid catalog, or, for an
 *     invalid one, its entries that bound well enough that checking them reports no mistake twice (see
 *     CatalogBinder); empty when the file could not be read that far
 */
public record LoadResult(Optional<CatalogModel> catalog, List<Diagnostic> diagnostics,
    Optional<CatalogModel> checkable) {

  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** A result whose checks run on the catalog itself, if any. */
  public LoadResult(Optional<CatalogModel> catalog, List<Diagnostic> diagnostics) {
    this(catalog, diagnostics, catalog);
  }

  /** A valid catalog. */
  public static LoadResult valid(CatalogModel catalog) {
    return new LoadResult(Optional.of(catalog), List.of());
  }

  /** A valid catalog with warnings. */
  public static LoadResult valid(CatalogModel catalog, List<Diagnostic> warnings) {
    return new LoadResult(Optional.of(catalog), warnings);
  }

  /** An invalid catalog. */
  public static LoadResult invalid(List<Diagnostic> diagnostics) {
    return new LoadResult(Optional.empty(), diagnostics);
  }

  /** An invalid catalog of which {@code checkable} may still be checked. */
  public static LoadResult invalid(List<Diagnostic> diagnostics, Optional<CatalogModel> checkable) {
    return new LoadResult(Optional.empty(), diagnostics, checkable);
  }
}
