package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.model.CatalogModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The pages of the shipped catalogs (loaded from the catalog module's YAML) show every entry. */
class ShippedCatalogsDocsTest {

  private static final Path SHIPPED = Paths.get("src/test/resources/catalog-fixtures");
  private final DocsGenerator docs = new DocsGenerator();

  @TestFactory
  Stream<DynamicTest> everyEntryOfEveryShippedCatalogIsOnItsPage() throws IOException {
    List<CatalogModel> catalogs = shipped();
    assertEquals(5, catalogs.size(), "the five shipped catalogs");
    return catalogs.stream().map(catalog -> DynamicTest.dynamicTest(catalog.id(),
        () -> PageAssertions.assertPageShows(catalog, docs.page(catalog))));
  }

  @Test
  void insiderOneShowsFieldPlaceholderAsText() throws IOException {
    CatalogModel insider = shipped().stream().filter(c -> c.id().equals("insider-one")).findFirst().orElseThrow();
    Rendered page = new Rendered(docs.page(insider));
    assertFalse(page.html.contains("<Field>"), "no <Field> element");
    assertFalse(page.html.toLowerCase(java.util.Locale.ROOT).contains("<field>"), "no <field> element");
    // Every prose line and example that mentions <Field> shows it as text.
    int shown = 0;
    for (var entry : insider.entries()) {
      List<String> texts = new ArrayList<>();
      entry.description().ifPresent(d -> texts.addAll(d.lines().toList()));
      entry.cause().ifPresent(d -> texts.addAll(d.lines().toList()));
      entry.fix().ifPresent(d -> texts.addAll(d.lines().toList()));
      entry.examples().forEach(x -> texts.addAll(x.body().lines().toList()));
      for (String line : texts) {
        if (line.contains("<Field>")) {
          assertTrue(page.html.contains(Rendered.escapeHtml(line.strip())), line);
          assertTrue(Rendered.escapeHtml(line.strip()).contains("&lt;Field&gt;"));
          shown++;
        }
      }
    }
    assertTrue(shown >= 2, "the catalog documents <Field> in prose and in an example");
  }

  @Test
  void indexOfTheShippedCatalogsHasOneRowEach() throws IOException {
    List<CatalogModel> catalogs = shipped();
    Rendered index = new Rendered(docs.index(catalogs));
    assertEquals(catalogs.size() + 1, Rendered.all(index.all(TableBlock.class).get(0), TableRow.class).size());
    // At least one row per entry (CodeLookupTest checks what the rows hold).
    int entries = catalogs.stream().mapToInt(c -> c.entries().size()).sum();
    assertTrue(Rendered.all(index.all(TableBlock.class).get(1), TableRow.class).size() > entries, "lookup rows");
    for (CatalogModel catalog : catalogs) {
      assertTrue(index.html.contains("<a href=\"" + catalog.id() + ".md\">"), catalog.id());
    }
  }

  private static List<CatalogModel> shipped() throws IOException {
    List<CatalogModel> catalogs = new ArrayList<>();
    try (Stream<Path> files = Files.list(SHIPPED)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        LoadResult result = new CatalogLoader().load(file.toString(), Files.readAllBytes(file));
        catalogs.add(result.catalog().orElseThrow(() -> new AssertionError(file + ": " + result.diagnostics())));
      }
    }
    return catalogs;
  }
}
