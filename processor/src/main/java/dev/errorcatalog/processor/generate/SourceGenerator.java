package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.processor.model.CatalogModel;
import java.util.List;

/** One generator per output; it reads only the validated model, never YAML. */
public interface SourceGenerator {

  /** The Java files of this output for one catalog, deterministic for a given model. */
  List<JavaFile> generate(CatalogModel catalog, GeneratedNames names);
}
