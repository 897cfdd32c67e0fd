package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import java.util.List;

/**
 * One generator per output; it reads only the validated model and its runtime rows (the ones the build-time
 * checks ran), never YAML.
 */
public interface SourceGenerator {

  /** The Java files of this output for one catalog, deterministic for a given model. */
  List<JavaFile> generate(CatalogTables tables, GeneratedNames names);

  /** The same, making the rows from the model. */
  default List<JavaFile> generate(CatalogModel catalog, GeneratedNames names) {
    return generate(CatalogTables.of(catalog), names);
  }
}
