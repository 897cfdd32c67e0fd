package dev.errorcatalog.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One average-time result as JMH writes it with {@code -rf json -prof gc} (the fields the table reads);
   * scores are per operation, i.e. per set of bodies.
   */
  private static String result(String benchmark, String catalog, double ns, double bytes) {
    return "{\"benchmark\": \"dev.errorcatalog.benchmarks." + benchmark + "\", \"mode\": \"avgt\","
        + " \"params\": {\"catalog\": \"" + catalog + "\", \"kind\": \"all\"},"
        + " \"primaryMetric\": {\"score\": " + ns + ", \"scoreError\": 12.0, \"scoreUnit\": \"ns/op\"},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": " + bytes + ", \"scoreUnit\": \"B/op\"}}}";
  }

  private static JsonNode results(String... results) throws Exception {
    return MAPPER.readTree("[" + String.join(",", results) + "]");
  }

  @Test
  void ratiosAreAgainstTheBaselinesOfTheSameCatalogPerDecodeAndMissesAreMarked() throws Exception {
    assertEquals(4, Fixtures.of("pingback").bodies().size());
    assertEquals(4, Fixtures.of("getresponse").bodies().size());
    String table = ResultTable.render(results(
        result("ShippedCatalogsBenchmark.generatedDecoder", "pingback", 960, 1280),
        result("ShippedCatalogsBenchmark.tokenFloor", "pingback", 800, 2560),
        result("ShippedCatalogsBenchmark.readTreeLookup", "pingback", 2400, 4800),
        result("ShippedCatalogsBenchmark.generatedDecoder", "getresponse", 2000, 3600),
        result("ShippedCatalogsBenchmark.tokenFloor", "getresponse", 1000, 2560),
        result("ShippedCatalogsBenchmark.readTreeLookup", "getresponse", 3200, 8000)));
    assertTrue(table.contains("| pingback | 240 ± 3 | 200 ± 3 | 600 ± 3 | 1.20x | 2.50x | 320 | 640 | 1200 |"), table);
    assertTrue(table.contains("| getresponse | 500 ± 3 | 250 ± 3 | 800 ± 3 | **2.00x (missed)** | **1.60x (missed)** |"),
        table);
    assertFalse(table.contains("scaling"), "no scaling table without the pair: " + table);
  }

  @Test
  void theScalingPairGetsItsOwnRatio() throws Exception {
    int size = Fixtures.of("bench-10").bodies().size();
    List<String> all = new ArrayList<>();
    for (String method : new String[] {"generatedDecoder", "tokenFloor", "readTreeLookup"}) {
      all.add(result("CatalogSizeBenchmark." + method, "bench-10", 100 * size, 100));
      all.add(result("CatalogSizeBenchmark." + method, "bench-5000",
          (method.equals("generatedDecoder") ? 130 : 100) * size, 100));
    }
    String table = ResultTable.render(results(all.toArray(String[]::new)));
    assertTrue(table.contains("| generatedDecoder | 100 ± 2 | 130 ± 2 | **1.30x (missed)** (target <= 1.2) |"), table);
    assertTrue(table.contains("| tokenFloor | 100 ± 2 | 100 ± 2 | 1.00x |"), table);
  }

  @Test
  void sampledResultsUseTheMedianOfSingleOperations() throws Exception {
    String sampled = "{\"benchmark\": \"dev.errorcatalog.benchmarks.ShippedCatalogsBenchmark.generatedDecoder\","
        + " \"mode\": \"sample\", \"params\": {\"catalog\": \"pingback\", \"kind\": \"code\"},"
        + " \"primaryMetric\": {\"score\": 9999.0, \"scoreError\": 50.0,"
        + " \"scorePercentiles\": {\"0.0\": 100.0, \"50.0\": 600.0, \"90.0\": 5000.0}}}";
    assertEquals(2, Fixtures.bodies("pingback", "code").size());
    String table = ResultTable.render(results(sampled));
    assertTrue(table.contains("| pingback, code | 300 | – | – | – | – | – | – | – |"), table);
  }
}
