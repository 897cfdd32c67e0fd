package dev.errorcatalog.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One result as JMH writes it with {@code -rf json -prof gc} (the fields the table reads). */
  private static String result(String benchmark, String catalog, double ns, double bytes) {
    return "{\"benchmark\": \"dev.errorcatalog.benchmarks." + benchmark + "\","
        + " \"params\": {\"catalog\": \"" + catalog + "\", \"kind\": \"all\"},"
        + " \"primaryMetric\": {\"score\": " + ns + ", \"scoreError\": 3.0, \"scoreUnit\": \"ns/op\"},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": " + bytes + ", \"scoreUnit\": \"B/op\"}}}";
  }

  private static JsonNode results(String... results) throws Exception {
    return MAPPER.readTree("[" + String.join(",", results) + "]");
  }

  @Test
  void ratiosAreAgainstTheBaselinesOfTheSameCatalogAndMissesAreMarked() throws Exception {
    String table = ResultTable.render(results(
        result("ShippedCatalogsBenchmark.generatedDecoder", "pingback", 240, 320),
        result("ShippedCatalogsBenchmark.tokenFloor", "pingback", 200, 640),
        result("ShippedCatalogsBenchmark.readTreeLookup", "pingback", 600, 1200),
        result("ShippedCatalogsBenchmark.generatedDecoder", "getresponse", 500, 900),
        result("ShippedCatalogsBenchmark.tokenFloor", "getresponse", 250, 640),
        result("ShippedCatalogsBenchmark.readTreeLookup", "getresponse", 800, 2000)));
    assertTrue(table.contains("| pingback | 240 ± 3 | 200 ± 3 | 600 ± 3 | 1.20x | 2.50x | 320 | 640 | 1200 |"), table);
    assertTrue(table.contains("| getresponse | 500 ± 3 | 250 ± 3 | 800 ± 3 | **2.00x (missed)** | **1.60x (missed)** |"),
        table);
    assertTrue(!table.contains("scaling"), "no scaling table without the pair: " + table);
  }

  @Test
  void theScalingPairGetsItsOwnRatio() throws Exception {
    List<String> all = new ArrayList<>();
    for (String method : new String[] {"generatedDecoder", "tokenFloor", "readTreeLookup"}) {
      all.add(result("CatalogSizeBenchmark." + method, "bench-10", 100, 100));
      all.add(result("CatalogSizeBenchmark." + method, "bench-5000", method.equals("generatedDecoder") ? 130 : 100, 100));
    }
    String table = ResultTable.render(results(all.toArray(String[]::new)));
    assertTrue(table.contains("| generatedDecoder | 100 ± 3 | 130 ± 3 | **1.30x (missed)** (target <= 1.2) |"), table);
    assertTrue(table.contains("| tokenFloor | 100 ± 3 | 100 ± 3 | 1.00x |"), table);
  }
}
