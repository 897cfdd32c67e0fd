package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.processor.model.CatalogModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pages of a small varied catalog compared with golden files in {@code src/test/resources/docs-golden}.
 * After an intended change, regenerate them with {@code -Ddocs.golden.update=true} and review the diff.
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
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("docs.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
  }
}
