package dev.errorcatalog.benchmarks;

import static dev.errorcatalog.benchmarks.TableCells.bytes;
import static dev.errorcatalog.benchmarks.TableCells.ratio;
import static dev.errorcatalog.benchmarks.TableCells.row;
import static dev.errorcatalog.benchmarks.TableCells.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into the Markdown tables of benchmarks/README.md: per
 * catalog the scores, their ratios (each against the baselines of the same run) and the allocation, then the
 * scaling pair. The target of baseline (b) is judged against {@code readTreeRegex}, which does the decoder's
 * job; {@code readTreeLookup} (the lean lookup, less work) keeps its ratio, unjudged. Results of runs before
 * {@code readTreeRegex} existed show "–" in its columns. Times and bytes are per decode: a benchmark
 * operation decodes the catalog's whole set of bodies, so its score is divided by the set's size. Times are
 * the mean ({@code -bm avgt}) or the median of single operations ({@code -bm sample}); with {@code --best},
 * the fastest iteration of an average-time run (see {@link Estimate#BEST}). Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.errorcatalog.benchmarks.ResultTable [--best] jmh-result.json}.
 */
public final class ResultTable {

  /** Targets of issue 22, printed next to the ratios they judge. */
  static final double MIN_READTREE_OVER_DECODER = 2.0;
  /** Where twice as fast as readTreeRegex is below the floor with its strings: the decoder against that. */
  static final double MAX_DECODER_OVER_TEXT_WHERE_2X_IS_BELOW_IT = 1.2;
  static final double MIN_LEAN_OVER_DECODER = 1.0;
  static final double MAX_DECODER_OVER_TEXT = 1.5;
  static final double MAX_LARGE_OVER_SMALL = 1.2;
  static final double MAX_LARGE_OVER_SMALL_UNMATCHED = 1.5;
  static final double MAX_WARM_UP_LARGE_OVER_SMALL = 1.5;
  static final double MAX_COLD_START_MS = 150;

  /** The benchmark methods of {@link DecodeBenchmark}, in the order of the scaling table. */
  static final String[] METHODS = {"generatedDecoder", "tokenFloor", "readTreeLookup", "readTreeRegex"};

  /** One benchmark's scores. */
  record Score(double ns, double nsError, double bytes) {}

  private ResultTable() {}

  /** Which figure of a benchmark's iterations the tables show. */
  enum Estimate {
    /** JMH's score: the mean over the iterations ({@code -bm avgt}), or the median operation ({@code -bm sample}). */
    SCORE,
    /**
     * The fastest iteration ({@code -bm avgt} only), over every run given: on a shared machine whole seconds
     * run slower for every benchmark alike, so the fastest of many short iterations, taken at different times,
     * is the cost of the code, undisturbed.
     */
    BEST
  }

  public static void main(String[] args) throws IOException {
    boolean best = args.length >= 2 && args[0].equals("--best");
    if (args.length != 1 && !best) {
      System.err.println("usage: ResultTable <jmh result json> | ResultTable --best <jmh result json>...");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode results = mapper.createArrayNode();
    for (int i = best ? 1 : 0; i < args.length; i++) {
      results.addAll((ArrayNode) mapper.readTree(Path.of(args[i]).toFile()));
    }
    System.out.print(render(results, best ? Estimate.BEST : Estimate.SCORE));
  }

  /** The tables for a JMH JSON result, with JMH's scores. */
  static String render(JsonNode results) {
    return render(results, Estimate.SCORE);
  }

  /** The tables for a JMH JSON result. */
  static String render(JsonNode results, Estimate estimate) {
    // label ("catalog" or "catalog, kind") -> method -> score
    Map<String, Map<String, Score>> rows = new LinkedHashMap<>();
    // kind -> catalog -> method -> score, of UnmatchedBodiesBenchmark (one body per operation)
    Map<String, Map<String, Map<String, Score>>> unmatched = new LinkedHashMap<>();
    // "WarmUpBenchmark, body" -> catalog -> every fork's time (ms), of the single-shot benchmarks
    Map<String, Map<String, List<Double>>> singleShots = new LinkedHashMap<>();
    // style -> method -> score, of ErrorStylesBenchmark (bench-styles, one style's bodies per operation)
    Map<String, Map<String, Score>> styles = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String benchmark = result.path("benchmark").asText();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
      type = type.substring(type.lastIndexOf('.') + 1);
      JsonNode params = result.path("params");
      String kind = params.path("kind").asText("all");
      if (result.path("mode").asText().equals("ss")) {
        List<Double> forks = singleShots
            .computeIfAbsent(type + ", " + params.path("body").asText(), k -> new LinkedHashMap<>())
            .computeIfAbsent(params.path("catalog").asText(), k -> new ArrayList<>());
        result.path("primaryMetric").path("rawData").forEach(fork -> fork.forEach(v -> forks.add(v.asDouble())));
        continue;
      }
      boolean oneBody = type.equals("UnmatchedBodiesBenchmark");
      String label = params.path("catalog").asText() + (kind.equals("all") ? "" : ", " + kind);
      int size = bodiesPerOperation(type, params);
      JsonNode primary = result.path("primaryMetric");
      boolean sampled = result.path("mode").asText().equals("sample");
      double ns;
      double error;
      if (sampled) {
        ns = primary.path("scorePercentiles").path("50.0").asDouble();
        error = Double.NaN;
      } else if (estimate == Estimate.BEST) {
        ns = fastestIteration(primary.path("rawData"));
        error = Double.NaN;
      } else {
        ns = primary.path("score").asDouble();
        error = primary.path("scoreError").asDouble(Double.NaN);
      }
      JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
      Score score = new Score(
          ns / size, error / size, alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble() / size);
      // Several runs of the same benchmark (--best over several files): the fastest of them all.
      Map<String, Score> byMethod = oneBody
          ? unmatched.computeIfAbsent(kind, k -> new LinkedHashMap<>())
              .computeIfAbsent(params.path("catalog").asText(), k -> new LinkedHashMap<>())
          : type.equals("ErrorStylesBenchmark")
              ? styles.computeIfAbsent(kind, k -> new LinkedHashMap<>())
              : rows.computeIfAbsent(label, k -> new LinkedHashMap<>());
      byMethod.merge(method, score, (a, b) -> estimate == Estimate.BEST && b.ns() < a.ns() ? b : a);
    }
    StringBuilder out = new StringBuilder();
    if (rows.isEmpty()) {
      styles(styles, out);
      ScalingTables.unmatched(unmatched, out);
      ScalingTables.singleShots(singleShots, out);
      return out.toString();
    }
    out.append("| catalog | decoder ns | floor ns | readTreeRegex ns | readTree lean ns | decoder / floor (no target)")
        .append(" | readTreeRegex / decoder | readTree lean / decoder (does less)")
        .append(" | decoder B | floor B | readTreeRegex B | readTree lean B |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    rows.forEach((label, byMethod) -> {
      Score decoder = byMethod.get("generatedDecoder");
      Score floor = byMethod.get("tokenFloor");
      Score regex = byMethod.get("readTreeRegex");
      Score lean = byMethod.get("readTreeLookup");
      row(out, label, time(decoder), time(floor), time(regex), time(lean),
          ratio(decoder, floor, Double.NaN, true),
          ratio(regex, decoder, Double.NaN, false),
          ratio(lean, decoder, Double.NaN, false),
          bytes(decoder), bytes(floor), bytes(regex), bytes(lean));
    });
    if (rows.values().stream().anyMatch(m -> m.containsKey("parserOnly") || m.containsKey("tokensWithText"))) {
      breakdown(rows, out);
    }
    ScalingTables.pair(rows, out);
    targets(rows, out);
    styles(styles, out);
    ScalingTables.unmatched(unmatched, out);
    ScalingTables.singleShots(singleShots, out);
    return out.toString();
  }

  /**
   * The decode targets of issue 22, per catalog: against {@code readTreeRegex} at least 2x, except where
   * twice as fast as it is below what reading the body with its strings costs (the floor plus text): there
   * the decoder at most 1.2x that floor; against the lean lookup at least 1.0x; at most 1.5x the floor plus
   * text.
   */
  private static void targets(Map<String, Map<String, Score>> rows, StringBuilder out) {
    if (rows.values().stream().noneMatch(m -> m.containsKey("tokensWithText"))) {
      return;
    }
    out.append("\n| catalog, targets | readTreeRegex / decoder (>= ").append(MIN_READTREE_OVER_DECODER)
        .append("; where readTreeRegex / 2 is below floor + text: decoder / (floor + text) <= ")
        .append(MAX_DECODER_OVER_TEXT_WHERE_2X_IS_BELOW_IT).append(") | readTree lean / decoder (>= ")
        .append(MIN_LEAN_OVER_DECODER).append(") | decoder / (floor + text) (<= ").append(MAX_DECODER_OVER_TEXT)
        .append(") |\n|---|---:|---:|---:|\n");
    rows.forEach((label, byMethod) -> {
      Score decoder = byMethod.get("generatedDecoder");
      Score text = byMethod.get("tokensWithText");
      Score regex = byMethod.get("readTreeRegex");
      Score lean = byMethod.get("readTreeLookup");
      String regexCell = regex != null && text != null && regex.ns() / MIN_READTREE_OVER_DECODER < text.ns()
          ? ratio(decoder, text, MAX_DECODER_OVER_TEXT_WHERE_2X_IS_BELOW_IT, true) + " of floor + text"
          : ratio(regex, decoder, MIN_READTREE_OVER_DECODER, false);
      row(out, label, regexCell, ratio(lean, decoder, MIN_LEAN_OVER_DECODER, false),
          ratio(decoder, text, MAX_DECODER_OVER_TEXT, true));
    });
  }

  /**
   * How many bodies one operation of a benchmark decodes: one for {@code UnmatchedBodiesBenchmark}, else the set
   * of its catalog and kind (a match kind, or a style of {@code bench-styles}); per decode is per operation over it.
   */
  static int bodiesPerOperation(String type, JsonNode params) {
    return type.equals("UnmatchedBodiesBenchmark")
        ? 1
        : Fixtures.bodies(params.path("catalog").asText(), params.path("kind").asText("all")).size();
  }

  /**
   * The error styles of issue 34 ({@code ErrorStylesBenchmark}), each against the floor plus text on the same
   * bodies, with the decode target of issue 22: at most 1.5x.
   */
  private static void styles(Map<String, Map<String, Score>> styles, StringBuilder out) {
    if (styles.isEmpty()) {
      return;
    }
    out.append("\n| error style (bench-styles) | bodies | decoder ns | floor ns | floor + text ns")
        .append(" | decoder / (floor + text) (<= ").append(MAX_DECODER_OVER_TEXT)
        .append(") | decoder B | floor + text B |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    styles.forEach((style, byMethod) -> {
      Score decoder = byMethod.get("generatedDecoder");
      Score text = byMethod.get("tokensWithText");
      row(out, style, String.valueOf(Fixtures.bodies(Fixtures.STYLES_CATALOG, style).size()), time(decoder),
          time(byMethod.get("tokenFloor")), time(text), ratio(decoder, text, MAX_DECODER_OVER_TEXT, true),
          bytes(decoder), bytes(text));
    });
  }

  /** The lowest score of any iteration of any fork ({@code rawData}: one array of iteration scores per fork). */
  private static double fastestIteration(JsonNode rawData) {
    double best = Double.NaN;
    for (JsonNode fork : rawData) {
      for (JsonNode iteration : fork) {
        best = Double.isNaN(best) ? iteration.asDouble() : Math.min(best, iteration.asDouble());
      }
    }
    if (Double.isNaN(best)) {
      throw new IllegalArgumentException("--best needs the iterations (rawData) of an average-time result");
    }
    return best;
  }

  /**
   * Where the floor's time goes, and what the decoder adds to reading the tokens: making the parser (a cost
   * per body, whatever its length), decoding the strings (which the floor skips undecoded), the rest.
   */
  private static void breakdown(Map<String, Map<String, Score>> rows, StringBuilder out) {
    out.append("\n| catalog, where the time goes | parser ns | floor ns | floor + text ns | decoder ns")
        .append(" | parser / floor | (floor + text) / floor | decoder / (floor + text) |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    rows.forEach((label, byMethod) -> {
      Score parser = byMethod.get("parserOnly");
      Score floor = byMethod.get("tokenFloor");
      Score text = byMethod.get("tokensWithText");
      Score decoder = byMethod.get("generatedDecoder");
      row(out, label, time(parser), time(floor), time(text), time(decoder),
          ratio(parser, floor, Double.NaN, true),
          ratio(text, floor, Double.NaN, true),
          ratio(decoder, text, Double.NaN, true));
    });
  }
}
