package dev.errorcatalog.processor.check;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.validate.Diagnostic;
import java.util.List;

/**
 * Checks that need the whole validated model and the runtime decoding engine, run before generation:
 * every example body must decode to its own entry. (Being written.)
 */
public final class CatalogChecks {

  private CatalogChecks() {}

  /** The mistakes found; empty when the catalog may be generated. */
  public static List<Diagnostic> afterLoad(CatalogModel catalog) {
    return List.of();
  }
}
