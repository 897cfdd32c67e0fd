package dev.errorcatalog.processor.output;

import dev.errorcatalog.processor.model.BaselineComparison;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import java.util.List;
import java.util.Optional;

/**
 * An output of each catalog without mistakes (its Java sources, its docs page): the files it yields,
 * deterministic for a given catalog.
 */
@FunctionalInterface
public interface CatalogOutput {

  /**
   * @param tables the checked catalog and its runtime rows
   * @param names the names of its generated types in this build
   * @param changes what changed since the baseline, when the build compared one
   */
  List<OutputFile> files(CatalogTables tables, GeneratedNames names, Optional<BaselineComparison> changes);
}
