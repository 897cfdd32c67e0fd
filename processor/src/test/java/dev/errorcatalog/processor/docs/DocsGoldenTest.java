package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pages of a small varied catalog compared with golden files in {@code src/test/resources/docs-golden}.
 * After an intended change, regenerate them with {@code -Dgolden.update=true}, which writes them
 * under {@code target/golden-update/} and fails; review and copy them over.
 */
class DocsGoldenTest {

  private static final Path GOLDEN = Paths.get("src/test/resources/docs-golden");
  private final DocsGenerator docs = new DocsGenerator();

  @Test
  void catalogPageMatchesGoldenFile() throws IOException {
    CatalogModel acme = SampleCatalogs.acme();
    assertGolden(DocsGenerator.pageName(acme), docs.page(acme));
  }

  @Test
  void hostileCatalogPageMatchesGoldenFile() throws IOException {
    CatalogModel hostile = SampleCatalogs.hostile();
    assertGolden(DocsGenerator.pageName(hostile), docs.page(hostile));
  }

  @Test
  void indexMatchesGoldenFile() throws IOException {
    assertGolden("index.md", docs.index(List.of(SampleCatalogs.hostile(), SampleCatalogs.acme())));
  }

  private static void assertGolden(String name, String actual) throws IOException {
    GoldenFiles.assertMatches(GOLDEN.resolve(name), actual);
  }
}
