package dev.errorcatalog.benchmarks;

import static dev.errorcatalog.benchmarks.ResultTable.MAX_COLD_START_MS;
import static dev.errorcatalog.benchmarks.ResultTable.MAX_LARGE_OVER_SMALL;
import static dev.errorcatalog.benchmarks.ResultTable.MAX_LARGE_OVER_SMALL_UNMATCHED;
import static dev.errorcatalog.benchmarks.ResultTable.MAX_WARM_UP_LARGE_OVER_SMALL;
import static dev.errorcatalog.benchmarks.ResultTable.METHODS;
import static dev.errorcatalog.benchmarks.TableCells.bytes;
import static dev.errorcatalog.benchmarks.TableCells.fastest;
import static dev.errorcatalog.benchmarks.TableCells.median;
import static dev.errorcatalog.benchmarks.TableCells.perByte;
import static dev.errorcatalog.benchmarks.TableCells.ratio;
import static dev.errorcatalog.benchmarks.TableCells.row;
import static dev.errorcatalog.benchmarks.TableCells.time;

import dev.errorcatalog.benchmarks.ResultTable.Score;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link ResultTable}'s tables of bench-10 beside bench-5000: the scaling pair, unmatched bodies, single shots. */
final class ScalingTables {

  private ScalingTables() {}

  /** The scaling of each benchmark method from bench-10 to bench-5000, when the rows have both. */
  static void pair(Map<String, Map<String, Score>> rows, StringBuilder out) {
    Map<String, Score> small = rows.get("bench-10");
    Map<String, Score> large = rows.get("bench-5000");
    if (small != null && large != null) {
      out.append("\n| scaling, per decode | bench-10 ns | bench-5000 ns | bench-5000 / bench-10 |\n")
          .append("|---|---:|---:|---:|\n");
      for (String method : METHODS) {
        Score a = small.get(method);
        Score b = large.get(method);
        row(out, method, time(a), time(b), method.equals("generatedDecoder")
            ? ratio(b, a, MAX_LARGE_OVER_SMALL, true) + " (target <= " + MAX_LARGE_OVER_SMALL + ")"
            : ratio(b, a, Double.NaN, true));
      }
    }
  }

  /** The scaling of bodies that match nothing; per byte too, as the long one is mostly its length. */
  static void unmatched(Map<String, Map<String, Map<String, Score>>> unmatched, StringBuilder out) {
    if (unmatched.isEmpty()) {
      return;
    }
    out.append("\n| unmatched body | bytes | bench-10 ns | bench-5000 ns | bench-5000 / bench-10 (target <= ")
        .append(MAX_LARGE_OVER_SMALL_UNMATCHED).append(") | bench-10 ns/B | bench-5000 ns/B")
        .append(" | floor + text ns | floor + text ns/B | decoder B (bench-10, bench-5000) | floor + text B |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    unmatched.forEach((kind, byCatalog) -> {
      int length = Fixtures.unmatched(kind).bytes().length;
      Map<String, Score> small = byCatalog.getOrDefault("bench-10", Map.of());
      Map<String, Score> large = byCatalog.getOrDefault("bench-5000", Map.of());
      Score a = small.get("generatedDecoder");
      Score b = large.get("generatedDecoder");
      // The floor reads the same bytes whatever the catalog: the faster of its two measurements.
      Score text = fastest(small.get("tokensWithText"), large.get("tokensWithText"));
      row(out, kind, String.valueOf(length), time(a), time(b), ratio(b, a, MAX_LARGE_OVER_SMALL_UNMATCHED, true),
          perByte(a, length), perByte(b, length), time(text), perByte(text, length),
          bytes(a) + ", " + bytes(b), bytes(text));
    });
  }

  /**
   * The single-shot benchmarks (warm-up, cold start): the median over every fork of every file given (one
   * measurement per fork, each a fresh JVM), bench-10 beside bench-5000.
   */
  static void singleShots(Map<String, Map<String, List<Double>>> singleShots, StringBuilder out) {
    if (singleShots.isEmpty()) {
      return;
    }
    out.append("\n| single shot, fresh JVMs | forks | bench-10 ms (median) | bench-5000 ms (median)")
        .append(" | bench-5000 / bench-10 | target |\n|---|---:|---:|---:|---:|---|\n");
    singleShots.forEach((label, byCatalog) -> {
      List<Double> small = byCatalog.getOrDefault("bench-10", List.of());
      List<Double> large = byCatalog.getOrDefault("bench-5000", List.of());
      double a = median(small);
      double b = median(large);
      String verdict;
      if (label.startsWith("WarmUpBenchmark")) {
        boolean met = b / a <= MAX_WARM_UP_LARGE_OVER_SMALL;
        verdict = "bench-5000 / bench-10 <= " + MAX_WARM_UP_LARGE_OVER_SMALL + ": " + (met ? "met" : "**missed**");
      } else {
        boolean met = b <= MAX_COLD_START_MS;
        verdict = "bench-5000 <= " + (int) MAX_COLD_START_MS + " ms: " + (met ? "met" : "**missed**");
      }
      row(out, label, small.size() + ", " + large.size(), String.format(Locale.ROOT, "%.1f", a),
          String.format(Locale.ROOT, "%.1f", b), String.format(Locale.ROOT, "%.2fx", b / a), verdict);
    });
  }
}
