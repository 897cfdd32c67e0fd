package dev.errorcatalog.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Compares two builds measured alternately in one session ({@code benchmarks/interleaved.sh}): the JMH JSON files of
 * the older build and of the newer, one file per round. Per catalog and benchmark: the mean of every iteration of
 * every round of each build, with its 99.9% confidence interval computed as JMH computes its score error (Student's
 * t over the iterations), new / old, whether the two intervals overlap ("within the error"), each round's mean (to
 * see drift between rounds), the fastest iteration of each build (the README's {@code --best}: on a shared machine
 * the cost of the code where nothing disturbed it) and the allocation per decode of each build. Times and bytes are
 * per decode, as in {@link ResultTable}. Then, per catalog, decoder / (floor + text) of each build, of the means and of the fastest
 * iterations: jackson's part is the same code in both, so this ratio is the comparison least disturbed by the
 * machine. Run:
 * {@code java -cp benchmarks.jar dev.errorcatalog.benchmarks.BeforeAfter --old old-1.json old-2.json --new new-1.json new-2.json}.
 */
public final class BeforeAfter {

  /** JMH's confidence level for its score error. */
  private static final double CONFIDENCE = 0.999;

  /** One benchmark of one build over its rounds: per-decode iteration times, each round's mean, bytes per decode. */
  record Side(List<Double> iterations, List<Double> rounds, List<Double> bytes) {

    Side() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    double mean() {
      return iterations.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Half the width of the 99.9% interval of the mean, as JMH's {@code scoreError}. */
    double error() {
      int n = iterations.size();
      if (n < 2) {
        return Double.NaN;
      }
      double mean = mean();
      double squares = iterations.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
      double sd = Math.sqrt(squares / (n - 1));
      double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
      return t * sd / Math.sqrt(n);
    }

    /** The fastest iteration of any round: the cost of the code where nothing disturbed it (README, "--best"). */
    double fastest() {
      return iterations.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double meanBytes() {
      return bytes.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
  }

  private BeforeAfter() {}

  public static void main(String[] args) throws IOException {
    List<Path> older = new ArrayList<>();
    List<Path> newer = new ArrayList<>();
    List<Path> into = null;
    for (String arg : args) {
      if (arg.equals("--old")) {
        into = older;
      } else if (arg.equals("--new")) {
        into = newer;
      } else if (into != null) {
        into.add(Path.of(arg));
      }
    }
    if (older.isEmpty() || newer.isEmpty()) {
      System.err.println("usage: BeforeAfter --old <jmh json>... --new <jmh json>...");
      System.exit(2);
    }
    System.out.print(render(read(older), read(newer)));
  }

  private static List<JsonNode> read(List<Path> files) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> runs = new ArrayList<>();
    for (Path file : files) {
      runs.add(mapper.readTree(file.toFile()));
    }
    return runs;
  }

  /** The tables for the rounds of the older build and of the newer (each a JMH JSON array). */
  static String render(List<JsonNode> older, List<JsonNode> newer) {
    Map<String, Map<String, Side>> before = sides(older);
    Map<String, Map<String, Side>> after = sides(newer);
    StringBuilder out = new StringBuilder();
    out.append("| catalog | benchmark | old ns (± 99.9%) | new ns (± 99.9%) | new / old | within the error")
        .append(" | old rounds ns | new rounds ns | old fastest ns | new fastest ns | new / old, fastest")
        .append(" | old B | new B |\n")
        .append("|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
    before.forEach((label, byMethod) -> byMethod.forEach((method, old) -> {
      Side now = after.getOrDefault(label, Map.of()).get(method);
      if (now == null) {
        return;
      }
      double gap = Math.abs(now.mean() - old.mean());
      boolean within = gap <= old.error() + now.error();
      boolean sameBytes = Math.abs(now.meanBytes() - old.meanBytes()) < 1;
      out.append("| ").append(label).append(" | ").append(method)
          .append(" | ").append(timeWithError(old)).append(" | ").append(timeWithError(now))
          .append(" | ").append(format("%.3fx", now.mean() / old.mean()))
          .append(" | ").append(within ? "yes" : "**no**")
          .append(" | ").append(rounds(old)).append(" | ").append(rounds(now))
          .append(" | ").append(format("%.0f", old.fastest())).append(" | ").append(format("%.0f", now.fastest()))
          .append(" | ").append(format("%.3fx", now.fastest() / old.fastest()))
          .append(" | ").append(format("%.0f", old.meanBytes()))
          .append(" | ").append(sameBytes ? format("%.0f", now.meanBytes()) : "**" + format("%.0f", now.meanBytes()) + "**")
          .append(" |\n");
    }));
    out.append("\n| catalog | old decoder / (floor + text), means | new, means | new / old")
        .append(" | old decoder / (floor + text), fastest | new, fastest | new / old |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    before.forEach((label, byMethod) -> {
      Map<String, Side> now = after.getOrDefault(label, Map.of());
      Side oldDecoder = byMethod.get("generatedDecoder");
      Side oldText = byMethod.get("tokensWithText");
      Side newDecoder = now.get("generatedDecoder");
      Side newText = now.get("tokensWithText");
      if (oldDecoder == null || oldText == null || newDecoder == null || newText == null) {
        return;
      }
      double a = oldDecoder.mean() / oldText.mean();
      double b = newDecoder.mean() / newText.mean();
      double c = oldDecoder.fastest() / oldText.fastest();
      double d = newDecoder.fastest() / newText.fastest();
      out.append("| ").append(label).append(" | ").append(format("%.3fx", a)).append(" | ")
          .append(format("%.3fx", b)).append(" | ").append(format("%.3fx", b / a)).append(" | ")
          .append(format("%.3fx", c)).append(" | ").append(format("%.3fx", d)).append(" | ")
          .append(format("%.3fx", d / c)).append(" |\n");
    });
    return out.toString();
  }

  /** label (catalog, and kind where not "all") -> method -> that build's figures over its rounds. */
  private static Map<String, Map<String, Side>> sides(List<JsonNode> runs) {
    Map<String, Map<String, Side>> sides = new LinkedHashMap<>();
    for (JsonNode run : runs) {
      for (JsonNode result : run) {
        if (!result.path("mode").asText().equals("avgt")) {
          continue;
        }
        String benchmark = result.path("benchmark").asText();
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
        type = type.substring(type.lastIndexOf('.') + 1);
        JsonNode params = result.path("params");
        String kind = params.path("kind").asText("all");
        String label = params.path("catalog").asText() + (kind.equals("all") ? "" : ", " + kind);
        int size = ResultTable.bodiesPerOperation(type, params);
        Side side = sides.computeIfAbsent(label, k -> new LinkedHashMap<>()).computeIfAbsent(method, k -> new Side());
        double sum = 0;
        int count = 0;
        for (JsonNode fork : result.path("primaryMetric").path("rawData")) {
          for (JsonNode iteration : fork) {
            side.iterations().add(iteration.asDouble() / size);
            sum += iteration.asDouble() / size;
            count++;
          }
        }
        side.rounds().add(sum / count);
        JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
        if (!alloc.isMissingNode()) {
          side.bytes().add(alloc.path("score").asDouble() / size);
        }
      }
    }
    return sides;
  }

  private static String timeWithError(Side side) {
    return format("%.1f", side.mean()) + " ± " + format("%.1f", side.error());
  }

  private static String rounds(Side side) {
    List<String> each = new ArrayList<>();
    for (double round : side.rounds()) {
      each.add(format("%.0f", round));
    }
    return String.join(", ", each);
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }
}
