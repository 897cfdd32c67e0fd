package dev.errorcatalog.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticCatalogsTest {

  @Test
  void checkedInCatalogsAreWhatTheGeneratorWrites() throws IOException {
    for (int size : SyntheticCatalogs.SIZES) {
      String resource = "errorcatalog/bench-" + size + ".yaml";
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        assertNotNull(in, resource + " is missing");
        assertEquals(SyntheticCatalogs.yaml(size), new String(in.readAllBytes(), StandardCharsets.UTF_8),
            resource + " differs from its generator: run SyntheticCatalogs (see its Javadoc) and commit the result");
      }
    }
  }

  @Test
  void everySizeHoldsTheCoreEntriesAndUniqueCodes() {
    for (int size : SyntheticCatalogs.SIZES) {
      List<SyntheticCatalogs.Spec> entries = SyntheticCatalogs.entries(size);
      assertEquals(size, entries.size());
      assertTrue(entries.containsAll(SyntheticCatalogs.CORE), "bench-" + size + " lacks core entries");
      Set<String> codes = new HashSet<>();
      Set<String> messages = new HashSet<>();
      for (SyntheticCatalogs.Spec entry : entries) {
        assertTrue(codes.add(entry.code()), "duplicate code " + entry.code());
        if (entry.message() != null) {
          assertTrue(messages.add(entry.message()), "duplicate message " + entry.message());
        }
      }
    }
  }

  @Test
  void theBigCatalogDoesNotStartWithTheCoreEntries() {
    // A decoder trying entries in file order must not get the benchmarked ones first.
    assertTrue(!SyntheticCatalogs.CORE.contains(SyntheticCatalogs.entries(5000).get(0)));
    assertTrue(SyntheticCatalogs.entries(5000).indexOf(SyntheticCatalogs.CORE.get(0)) > 100);
  }
}
