package dev.errorcatalog.processor.openapi.export;

import dev.errorcatalog.processor.docs.SampleCatalogs;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.testing.GoldenFiles;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI documents of the five shipped catalogs, of {@code acme-shop} (every form the export writes) and of the
 * docs tests' varied catalog, compared with golden files in {@code src/test/resources/openapi-golden}. After an
 * intended change, regenerate them with {@code -Dgolden.update=true}, which writes them under
 * {@code target/golden-update/} and fails; review and copy them over.
 */
class OpenApiGoldenTest {

  private static final Path GOLDEN = Paths.get("src/test/resources/openapi-golden");

  @Test
  void shippedCatalogsMatchTheirGoldenFiles() {
    Map<Path, String> documents = new LinkedHashMap<>();
    for (CatalogModel catalog : ExportedCatalogs.shipped()) {
      documents.put(GOLDEN.resolve(OpenApiExport.fileName(catalog)), new OpenApiExport().document(catalog));
    }
    GoldenFiles.assertAllMatch(documents);
  }

  @Test
  void everyFormMatchesItsGoldenFile() {
    CatalogModel shop = ExportedCatalogs.acmeShop();
    CatalogModel acme = SampleCatalogs.acme();
    GoldenFiles.assertAllMatch(Map.of(
        GOLDEN.resolve(OpenApiExport.fileName(shop)),
        new OpenApiExport(java.util.Optional.of("https://docs.acme.example/errors/{catalog}.html#{anchor}"))
            .document(shop),
        GOLDEN.resolve(OpenApiExport.fileName(acme)), new OpenApiExport().document(acme)));
  }
}
