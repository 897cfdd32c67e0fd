package dev.errorcatalog.processor.decode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.model.CatalogModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** The catalogs the project ships (module {@code catalog}), loaded by the real loader. */
public final class ShippedCatalogs {

  public static final List<String> IDS = List.of("insider-one", "insider-live-activities", "getresponse", "transformify",
      "pingback");

  private static final Path DIR = Paths.get("src/test/resources/catalog-fixtures");

  private ShippedCatalogs() {}

  public static CatalogModel load(String id) {
    Path file = DIR.resolve(id + ".yaml");
    try {
      LoadResult result = new CatalogLoader().load(file.toString(), Files.readAllBytes(file));
      assertTrue(result.catalog().isPresent(), () -> id + ": " + result.diagnostics());
      return result.catalog().get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
