package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.processor.model.CatalogModel;
import java.util.List;

/** (Being written.) */
public final class CatalogClassGenerator implements SourceGenerator {

  @Override
  public List<JavaFile> generate(CatalogModel catalog, GeneratedNames names) {
    return List.of();
  }
}
