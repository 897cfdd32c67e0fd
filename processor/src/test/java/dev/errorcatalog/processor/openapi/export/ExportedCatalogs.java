package dev.errorcatalog.processor.openapi.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.decode.ShippedCatalogs;
import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.model.CatalogModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The catalogs the export's tests write documents of: the shipped ones and {@code acme-shop}, every form once. */
final class ExportedCatalogs {

  /** The catalog of every form the export writes, loaded by the real loader. */
  static final Path ACME_SHOP = Paths.get("src/test/resources/openapi/acme-shop.yaml");

  private ExportedCatalogs() {}

  static List<CatalogModel> shipped() {
    return ShippedCatalogs.IDS.stream().map(ShippedCatalogs::load).toList();
  }

  static CatalogModel acmeShop() {
    try {
      LoadResult result = new CatalogLoader().load(ACME_SHOP.toString(), Files.readAllBytes(ACME_SHOP));
      assertTrue(result.catalog().isPresent(), () -> "acme-shop: " + result.diagnostics());
      return result.catalog().get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every loaded catalog: the shipped ones, then acme-shop. */
  static List<CatalogModel> all() {
    List<CatalogModel> all = new ArrayList<>(shipped());
    all.add(acmeShop());
    return all;
  }
}
