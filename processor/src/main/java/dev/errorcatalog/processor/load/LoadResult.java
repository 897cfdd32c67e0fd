package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.validate.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one catalog: the validated model (with its warnings), or every mistake found. A
 * catalog with any error yields no model, so nothing is generated from it.
 */
public record LoadResult(Optional<CatalogModel> catalog, List<Diagnostic> diagnostics) {

  /** A valid catalog. */
  public static LoadResult valid(CatalogModel catalog) {
    return new LoadResult(Optional.of(catalog), List.of());
  }

  /** A valid catalog with warnings. */
  public static LoadResult valid(CatalogModel catalog, List<Diagnostic> warnings) {
    return new LoadResult(Optional.of(catalog), List.copyOf(warnings));
  }

  /** An invalid catalog. */
  public static LoadResult invalid(List<Diagnostic> diagnostics) {
    return new LoadResult(Optional.empty(), List.copyOf(diagnostics));
  }
}
