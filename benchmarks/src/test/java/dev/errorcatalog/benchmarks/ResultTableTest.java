package dev.errorcatalog.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
        result("ShippedCatalogsBenchmark.readTreeRegex", "pingback", 2000, 5600),
        result("ShippedCatalogsBenchmark.generatedDecoder", "getresponse", 2000, 3600),
        result("ShippedCatalogsBenchmark.tokenFloor", "getresponse", 1000, 2560),
        result("ShippedCatalogsBenchmark.readTreeLookup", "getresponse", 3200, 8000),
        result("ShippedCatalogsBenchmark.readTreeRegex", "getresponse", 3600, 9600)));
    assertTrue(table.contains("| catalog | decoder ns | floor ns | readTreeRegex ns | readTree lean ns"
        + " | decoder / floor (no target) | readTreeRegex / decoder | readTree lean / decoder (does less)"
        + " | decoder B | floor B | readTreeRegex B | readTree lean B |"), table);
    assertTrue(table.contains(
        "| pingback | 240 ± 3 | 200 ± 3 | 500 ± 3 | 600 ± 3 | 1.20x | 2.08x | 2.50x | 320 | 640 | 1400 | 1200 |"),
        table);
    // The first table shows the ratios; the targets table (with the floor plus text) judges them.
    assertTrue(table.contains("| getresponse | 500 ± 3 | 250 ± 3 | 900 ± 3 | 800 ± 3 | 2.00x"
        + " | 1.80x | 1.60x | 900 | 640 | 2400 | 2000 |"), table);
    assertFalse(table.contains("scaling"), "no scaling table without the pair: " + table);
  }

  @Test
  void theScalingPairGetsItsOwnRatio() throws Exception {
    int size = Fixtures.of("bench-10").bodies().size();
    List<String> all = new ArrayList<>();
    for (String method : ResultTable.METHODS) {
      all.add(result("CatalogSizeBenchmark." + method, "bench-10", 100 * size, 100));
      all.add(result("CatalogSizeBenchmark." + method, "bench-5000",
          (method.equals("generatedDecoder") ? 130 : method.equals("readTreeRegex") ? 250 : 100) * size, 100));
    }
    String table = ResultTable.render(results(all.toArray(String[]::new)));
    assertTrue(table.contains("| generatedDecoder | 100 ± 2 | 130 ± 2 | **1.30x (missed)** (target <= 1.2) |"), table);
    assertTrue(table.contains("| tokenFloor | 100 ± 2 | 100 ± 2 | 1.00x |"), table);
    assertTrue(table.contains("| readTreeLookup | 100 ± 2 | 100 ± 2 | 1.00x |"), table);
    assertTrue(table.contains("| readTreeRegex | 100 ± 2 | 250 ± 2 | 2.50x |"), table);
  }

  @Test
  void sampledResultsUseTheMedianOfSingleOperations() throws Exception {
    String sampled = "{\"benchmark\": \"dev.errorcatalog.benchmarks.ShippedCatalogsBenchmark.generatedDecoder\","
        + " \"mode\": \"sample\", \"params\": {\"catalog\": \"pingback\", \"kind\": \"code\"},"
        + " \"primaryMetric\": {\"score\": 9999.0, \"scoreError\": 50.0,"
        + " \"scorePercentiles\": {\"0.0\": 100.0, \"50.0\": 600.0, \"90.0\": 5000.0}}}";
    assertEquals(2, Fixtures.bodies("pingback", "code").size());
    String table = ResultTable.render(results(sampled));
    assertTrue(table.contains("| pingback, code | 300 | – | – | – | – | – | – | – | – | – | – |"), table);
  }

  @Test
  void sampledResultsOfTheRegexBaselineAreJudgedOnTheirMedianToo() throws Exception {
    String decoder = "{\"benchmark\": \"dev.errorcatalog.benchmarks.ShippedCatalogsBenchmark.generatedDecoder\","
        + " \"mode\": \"sample\", \"params\": {\"catalog\": \"pingback\", \"kind\": \"code\"},"
        + " \"primaryMetric\": {\"score\": 9999.0, \"scoreError\": 50.0,"
        + " \"scorePercentiles\": {\"0.0\": 100.0, \"50.0\": 600.0, \"90.0\": 5000.0}},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": 1800.0, \"scoreUnit\": \"B/op\"}}}";
    String regex = decoder.replace("generatedDecoder", "readTreeRegex").replace("600.0", "1500.0")
        .replace("1800.0", "2400.0");
    String table = ResultTable.render(results(decoder, regex));
    assertTrue(table.contains("| pingback, code | 300 | – | 750 | – | – | 2.50x | – | 900 | – | 1200 | – |"), table);
  }

  @Test
  void theFloorsPartsGetATableOfTheirOwn() throws Exception {
    int size = Fixtures.of("pingback").bodies().size();
    String table = ResultTable.render(results(
        result("ShippedCatalogsBenchmark.parserOnly", "pingback", 60 * size, 400),
        result("ShippedCatalogsBenchmark.tokenFloor", "pingback", 100 * size, 600),
        result("ShippedCatalogsBenchmark.tokensWithText", "pingback", 125 * size, 700),
        result("ShippedCatalogsBenchmark.generatedDecoder", "pingback", 150 * size, 800)));
    assertTrue(table.contains("| catalog, where the time goes | parser ns | floor ns | floor + text ns | decoder ns"
        + " | parser / floor | (floor + text) / floor | decoder / (floor + text) |"), table);
    assertTrue(table.contains("| pingback | 60 ± 3 | 100 ± 3 | 125 ± 3 | 150 ± 3 | 0.60x | 1.25x | 1.20x |"), table);
  }

  @Test
  void bestTakesTheFastestIterationOfEveryFork() throws Exception {
    int size = Fixtures.of("pingback").bodies().size();
    String decoder = result("ShippedCatalogsBenchmark.generatedDecoder", "pingback", 999 * size, 800)
        .replace("\"scoreUnit\": \"ns/op\"}", "\"scoreUnit\": \"ns/op\", \"rawData\": [["
            + 300 * size + ", " + 150 * size + "], [" + 200 * size + ", " + 160 * size + "]]}");
    String floor = result("ShippedCatalogsBenchmark.tokenFloor", "pingback", 999 * size, 600)
        .replace("\"scoreUnit\": \"ns/op\"}", "\"scoreUnit\": \"ns/op\", \"rawData\": [["
            + 100 * size + ", " + 240 * size + "]]}");
    String table = ResultTable.render(results(decoder, floor), ResultTable.Estimate.BEST);
    assertTrue(table.contains("| pingback | 150 | 100 | – | – | 1.50x |"), table);
    // The same benchmarks run again, at another time: --best keeps the fastest iteration of either run.
    String laterDecoder = decoder.replace("[[" + 300 * size, "[[" + 120 * size);
    String laterFloor = floor.replace("[[" + 100 * size, "[[" + 110 * size);
    String both = ResultTable.render(results(decoder, floor, laterDecoder, laterFloor), ResultTable.Estimate.BEST);
    assertTrue(both.contains("| pingback | 120 | 100 | – | – | 1.20x |"), both);
    // Without --best, JMH's mean and error as before.
    assertTrue(ResultTable.render(results(decoder, floor)).contains("| pingback | 999 ± 3 | 999 ± 3 |"));
  }

  @Test
  void withoutTheFloorsPartsThereIsNoSuchTable() throws Exception {
    String table = ResultTable.render(results(
        result("ShippedCatalogsBenchmark.tokenFloor", "pingback", 400, 600),
        result("ShippedCatalogsBenchmark.generatedDecoder", "pingback", 600, 800)));
    assertFalse(table.contains("where the time goes"), table);
  }

  /**
   * Results without readTreeRegex (as runs A to D had; git history keeps their JSON) still render: "–" in its
   * columns. Made from the kept run's raw JSON by leaving that benchmark out.
   */
  @Test
  void resultsWithoutTheRegexBaselineStillRender() throws Exception {
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of("results"))) {
      files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no results/*.json under " + Path.of("").toAbsolutePath());
    for (Path file : files) {
      JsonNode all = MAPPER.readTree(file.toFile());
      boolean withLookup = false;
      for (JsonNode result : all) {
        withLookup |= result.path("benchmark").asText().endsWith(".readTreeLookup");
      }
      if (!withLookup) {
        continue; // a comparison of builds (interleaved.sh): decoder and floor + text only
      }
      ArrayNode withoutRegex = MAPPER.createArrayNode();
      for (JsonNode result : all) {
        if (!result.path("benchmark").asText().endsWith(".readTreeRegex")) {
          withoutRegex.add(result);
        }
      }
      String table = ResultTable.render(withoutRegex);
      List<String> rows = table.lines()
          .filter(line -> line.startsWith("| ") && !line.startsWith("| catalog") && !line.startsWith("| scaling"))
          .filter(line -> !List.of(ResultTable.METHODS).contains(line.split(" \\| ")[0].substring(2)))
          .toList();
      assertFalse(rows.isEmpty(), file + ":\n" + table);
      for (String row : rows) {
        String[] cells = row.substring(2, row.length() - 2).split(" \\| ");
        if (cells.length != 12) {
          continue; // the table "where the time goes", which names no baseline (b)
        }
        assertTrue(!cells[1].equals("–") && !cells[4].equals("–"), file + ": decoder and lean lookup: " + row);
        assertEquals("–", cells[3], file + ": readTreeRegex ns: " + row);
        assertEquals("–", cells[6], file + ": readTreeRegex / decoder: " + row);
        assertEquals("–", cells[10], file + ": readTreeRegex B: " + row);
      }
      if (table.contains("scaling")) {
        assertTrue(table.contains("| readTreeRegex | – | – | – |"), file + ":\n" + table);
      }
    }
  }

  @Test
  void theTargetsAreJudgedAgainstTheFloorWithItsStringsWhereTwiceAsFastAsReadTreeIsBelowIt() throws Exception {
    int pingback = Fixtures.of("pingback").bodies().size();
    int getresponse = Fixtures.of("getresponse").bodies().size();
    String table = ResultTable.render(results(
        result("ShippedCatalogsBenchmark.generatedDecoder", "pingback", 100 * pingback, 0),
        result("ShippedCatalogsBenchmark.tokensWithText", "pingback", 80 * pingback, 0),
        result("ShippedCatalogsBenchmark.readTreeRegex", "pingback", 190 * pingback, 0),
        result("ShippedCatalogsBenchmark.readTreeLookup", "pingback", 110 * pingback, 0),
        result("ShippedCatalogsBenchmark.generatedDecoder", "getresponse", 130 * getresponse, 0),
        result("ShippedCatalogsBenchmark.tokensWithText", "getresponse", 100 * getresponse, 0),
        result("ShippedCatalogsBenchmark.readTreeRegex", "getresponse", 150 * getresponse, 0),
        result("ShippedCatalogsBenchmark.readTreeLookup", "getresponse", 120 * getresponse, 0)));
    // pingback: 190 / 2 = 95 is above the floor with text (80): judged against readTreeRegex, and missed.
    assertTrue(table.contains("| pingback | **1.90x (missed)** | 1.10x | 1.25x |"), table);
    // getresponse: 150 / 2 = 75 is below 100: the decoder against the floor with text instead, 1.3 > 1.2.
    assertTrue(table.contains("| getresponse | **1.30x (missed)** of floor + text | **0.92x (missed)** | 1.30x |"),
        table);
  }

  @Test
  void unmatchedBodiesAndSingleShotsGetTablesOfTheirOwn() throws Exception {
    String unmatched = "{\"benchmark\": \"dev.errorcatalog.benchmarks.UnmatchedBodiesBenchmark.%s\","
        + " \"mode\": \"avgt\", \"params\": {\"catalog\": \"%s\", \"kind\": \"long-message\"},"
        + " \"primaryMetric\": {\"score\": %s, \"scoreError\": 1.0}}";
    String shot = "{\"benchmark\": \"dev.errorcatalog.benchmarks.ColdStartBenchmark.loadAndDecodeOnce\","
        + " \"mode\": \"ss\", \"params\": {\"catalog\": \"%s\", \"body\": \"documented\"},"
        + " \"primaryMetric\": {\"score\": 0, \"rawData\": %s}}";
    int length = Fixtures.unmatched("long-message").bytes().length;
    String table = ResultTable.render(results(
        String.format(unmatched, "generatedDecoder", "bench-10", 2.0 * length),
        String.format(unmatched, "generatedDecoder", "bench-5000", 4.0 * length),
        String.format(unmatched, "tokensWithText", "bench-10", 1.0 * length),
        String.format(shot, "bench-10", "[[50.0], [70.0], [60.0]]"),
        String.format(shot, "bench-5000", "[[140.0], [200.0], [120.0], [160.0]]")));
    assertTrue(table.contains("| long-message | " + length + " | " + 2 * length + " ± 1 | " + 4 * length
        + " ± 1 | **2.00x (missed)** | 2.00 | 4.00 | " + length + " ± 1 | 1.00 |"), table);
    assertTrue(table.contains(
        "| ColdStartBenchmark, documented | 3, 4 | 60.0 | 150.0 | 2.50x | bench-5000 <= 150 ms: met |"), table);
  }

  @Test
  void theErrorStylesGetTheirOwnTableJudgedAgainstTheFloorWithItsStrings() throws Exception {
    String styled = "{\"benchmark\": \"dev.errorcatalog.benchmarks.ErrorStylesBenchmark.%s\", \"mode\": \"avgt\","
        + " \"params\": {\"catalog\": \"bench-styles\", \"kind\": \"%s\"},"
        + " \"primaryMetric\": {\"score\": %s, \"scoreError\": 1.0},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": %s}}}";
    int subcodes = Fixtures.bodies("bench-styles", "subcode").size();
    int arrays = Fixtures.bodies("bench-styles", "array").size();
    String table = ResultTable.render(results(
        String.format(styled, "generatedDecoder", "subcode", 140.0 * subcodes, 900.0 * subcodes),
        String.format(styled, "tokensWithText", "subcode", 100.0 * subcodes, 700.0 * subcodes),
        String.format(styled, "tokenFloor", "subcode", 80.0 * subcodes, 600.0 * subcodes),
        String.format(styled, "generatedDecoder", "array", 200.0 * arrays, 1000.0 * arrays),
        String.format(styled, "tokensWithText", "array", 100.0 * arrays, 800.0 * arrays)));
    assertTrue(table.contains("| error style (bench-styles) | bodies | decoder ns | floor ns | floor + text ns"
        + " | decoder / (floor + text) (<= 1.5) | decoder B | floor + text B |"), table);
    assertTrue(table.contains("| subcode | " + subcodes + " | 140 ± 0 | 80 ± 0 | 100 ± 0 | 1.40x | 900 | 700 |"), table);
    assertTrue(table.contains("| array | " + arrays + " | 200 ± 1 | – | 100 ± 1 | **2.00x (missed)** | 1000 | 800 |"),
        table);
    assertFalse(table.contains("| catalog |"), "no catalog tables without their benchmarks: " + table);
  }

  @Test
  void beforeAndAfterComparesTheMeansOfEveryRoundWithJmhsErrorAndTheAllocation() throws Exception {
    String run = "[{\"benchmark\": \"dev.errorcatalog.benchmarks.ShippedCatalogsBenchmark.%s\", \"mode\": \"avgt\","
        + " \"params\": {\"catalog\": \"pingback\", \"kind\": \"all\"},"
        + " \"primaryMetric\": {\"score\": 0, \"rawData\": [[%s]]},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": %s}}}]";
    int n = Fixtures.bodies("pingback", "all").size();
    List<JsonNode> older = List.of(
        MAPPER.readTree(String.format(run, "generatedDecoder", n * 100 + ", " + n * 102 + ", " + n * 98, n * 800)),
        MAPPER.readTree(String.format(run, "generatedDecoder", n * 101 + ", " + n * 99 + ", " + n * 100, n * 800)));
    List<JsonNode> newer = List.of(
        MAPPER.readTree(String.format(run, "generatedDecoder", n * 110 + ", " + n * 112 + ", " + n * 108, n * 800)),
        MAPPER.readTree(String.format(run, "generatedDecoder", n * 111 + ", " + n * 109 + ", " + n * 110, n * 824)));
    String table = BeforeAfter.render(older, newer);
    // six iterations each, mean 100 and 110, sd 1.41: t(0.9995, 5) = 6.869, error 3.96
    assertTrue(table.contains("| pingback | generatedDecoder | 100.0 ± 4.0 | 110.0 ± 4.0 | 1.100x | **no**"
        + " | 100, 100 | 110, 110 | 98 | 108 | 1.102x | 800 | **812** |"), table);
  }
}
