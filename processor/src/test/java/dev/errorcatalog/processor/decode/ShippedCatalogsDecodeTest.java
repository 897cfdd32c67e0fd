package dev.errorcatalog.processor.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.processor.check.CatalogChecks;
import dev.errorcatalog.processor.model.CatalogModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The shipped catalogs: their examples decode to their entries, their bodies round-trip, fuzzing never throws. */
class ShippedCatalogsDecodeTest {

  static final java.util.List<String> IDS = ShippedCatalogs.IDS;

  @ParameterizedTest
  @FieldSource("IDS")
  void everyExampleDecodesToItsEntry(String id) {
    CatalogModel catalog = ShippedCatalogs.load(id);
    assertEquals(java.util.List.of(), TestModels.checks(catalog));
  }

  @ParameterizedTest
  @FieldSource("IDS")
  void encodedBodiesDecodeBackToTheirEntryAndArguments(String id) {
    EncodeDecodePropertyTest.roundTrip(ShippedCatalogs.load(id), id.hashCode(), 20);
  }

  @ParameterizedTest
  @FieldSource("IDS")
  void mutatedBodiesNeverThrow(String id) {
    DecoderFuzzTest.fuzz(ShippedCatalogs.load(id), id.hashCode());
  }
}
