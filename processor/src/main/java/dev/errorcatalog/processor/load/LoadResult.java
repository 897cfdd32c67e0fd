package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.validate.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one catalog: the validated model, or every mistake found. Never both: a
 * catalog with any mistake yields no model, so nothing is generated from it.
 */
public record LoadResult(Optional<CatalogModel> catalog, List<Diagnostic> diagnostics) {

  /** A valid catalog. */
  public static LoadResult valid(CatalogModel catalog) {
    return new LoadResult(Optional.of(catalog), List.of());
  }

  /** An invalid catalog. */
  public static LoadResult invalid(List<Diagnostic> diagnostics) {
    return new LoadResult(Optional.empty(), List.copyOf(diagnostics));
  }
}
