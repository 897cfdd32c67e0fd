package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.ErrorEncoder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The starter's encoder is the catalog's {@code encoder()}; the by-name one, for older catalogs, agrees with it. */
class CatalogEncodersTest {

  @ParameterizedTest
  @ValueSource(strings = {"acme-orders", "getresponse", "pingback"})
  void theEncoderIsTheCatalogsOwnAndTheFallbackByNameAgrees(String id) {
    Catalog<?> catalog = ErrorCatalogs.catalog(id);
    ErrorEncoder<?> own = catalog.encoder().orElseThrow();
    for (CatalogError entry : catalog.entries()) {
      ErrorEncoder<CatalogError> found = CatalogEncoders.of(entry);
      assertSame(own, found, entry.name());
      assertFalse(found instanceof CatalogEncoders.ByName);
      CatalogEncoders.ByName byName = CatalogEncoders.ByName.find(((Enum<?>) entry).getDeclaringClass());
      Map<String, String> args = Map.of("moreInfo", "https://x.example/1");
      assertEquals(byName.contentType(entry), found.contentType(entry), entry.name());
      assertEquals(byName.docsLinkField(entry), found.docsLinkField(entry), entry.name());
      assertEquals(byName.encode(entry, args, Duration.ofSeconds(3)), found.encode(entry, args, Duration.ofSeconds(3)),
          entry.name());
    }
  }
}
