package dev.errorcatalog.benchmarks;

import dev.errorcatalog.benchmarks.ResultTable.Score;
import java.util.List;
import java.util.Locale;

/** The cells of {@link ResultTable}'s Markdown tables: times, bytes, ratios, rows. */
final class TableCells {

  private TableCells() {}

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static Score fastest(Score a, Score b) {
    return a == null ? b : b == null ? a : a.ns() <= b.ns() ? a : b;
  }

  static String perByte(Score s, int length) {
    return s == null ? "–" : String.format(Locale.ROOT, length > 10_000 ? "%.2f" : "%.1f", s.ns() / length);
  }

  /** One Markdown table row: the label, then the cells. */
  static void row(StringBuilder out, String label, String... cells) {
    out.append("| ").append(label);
    for (String cell : cells) {
      out.append(" | ").append(cell);
    }
    out.append(" |\n");
  }

  static String time(Score s) {
    if (s == null) {
      return "–";
    }
    return Double.isNaN(s.nsError())
        ? String.format(Locale.ROOT, "%.0f", s.ns())
        : String.format(Locale.ROOT, "%.0f ± %.0f", s.ns(), s.nsError());
  }

  static String bytes(Score s) {
    return s == null || Double.isNaN(s.bytes()) ? "–" : String.format(Locale.ROOT, "%.0f", s.bytes());
  }

  /** {@code a / b}, marked when it misses the target (at most the target, or at least it). */
  static String ratio(Score a, Score b, double target, boolean atMost) {
    if (a == null || b == null) {
      return "–";
    }
    double r = a.ns() / b.ns();
    String text = String.format(Locale.ROOT, "%.2fx", r);
    if (Double.isNaN(target)) {
      return text;
    }
    boolean met = atMost ? r <= target : r >= target;
    return met ? text : "**" + text + " (missed)**";
  }
}
