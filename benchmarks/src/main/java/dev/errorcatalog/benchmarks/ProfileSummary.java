package dev.errorcatalog.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Turns a JFR recording of a benchmark into the Markdown tables of benchmarks/README.md's "Where the time
 * goes": the execution samples whose stack passes through one method ({@code --within}, e.g. the decoder's
 * entry point), the methods they spend their time in (inclusive and self), and where the time of one method
 * goes line by line ({@code --lines}: each line with the method it called there; the {@code --top} rows of
 * each table, the rest of a self or by-line table summed in a last row), which is how the README
 * splits a decode into its stages. Only JDK classes ({@code jdk.jfr.consumer}): no profiler to install.
 *
 * <p>Record with JMH's {@code -jvmArgsAppend} (see README: "Profiles"), then run
 * {@code java -cp benchmarks/target/benchmarks.jar dev.errorcatalog.benchmarks.ProfileSummary
 * [--within Type.method] [--lines Type.method] [--top N] recording.jfr}. Types are simple names, nested ones
 * with {@code $} ({@code BoundedParsers$Utf8Factory.open}).
 */
public final class ProfileSummary {

  /** One frame of a sampled stack: the type's simple name, the method, the line (or -1 when unknown). */
  record Frame(String type, String method, int line) {
    String methodKey() {
      return type + "." + method;
    }
  }

  private ProfileSummary() {}

  public static void main(String[] args) throws IOException {
    String within = null;
    String lines = null;
    int top = 25;
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--within" -> within = value(args, ++i);
        case "--lines" -> lines = value(args, ++i);
        case "--top" -> top = Integer.parseInt(value(args, ++i));
        default -> {
          if (file != null || args[i].startsWith("--")) {
            usage();
          }
          file = Path.of(args[i]);
        }
      }
    }
    if (file == null) {
      usage();
    }
    System.out.print(render(read(file), within, lines, top));
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      usage();
    }
    return args[i];
  }

  private static void usage() {
    System.err.println(
        "usage: ProfileSummary [--within Type.method] [--lines Type.method] [--top N] recording.jfr");
    System.exit(2);
  }

  /** The stacks of a recording's execution samples, innermost frame first. */
  static List<List<Frame>> read(Path file) throws IOException {
    List<List<Frame>> stacks = new ArrayList<>();
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        RecordedStackTrace trace = event.getStackTrace();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample") || trace == null) {
          continue;
        }
        List<Frame> frames = new ArrayList<>(trace.getFrames().size());
        for (RecordedFrame f : trace.getFrames()) {
          String type = f.getMethod().getType().getName();
          frames.add(new Frame(type.substring(type.lastIndexOf('.') + 1), f.getMethod().getName(),
              f.getLineNumber()));
        }
        stacks.add(frames);
      }
    }
    return stacks;
  }

  /**
   * The tables: the samples through {@code within} (all when {@code null}), the {@code top} methods by
   * inclusive and by self samples, and, when {@code lines} is given, that method's samples by line.
   */
  static String render(List<List<Frame>> stacks, String within, String lines, int top) {
    // Each sample through the method, and the counts of the frames inside it: inclusive counts stop at the
    // method chosen, the harness's frames around it say nothing.
    List<List<Frame>> chosen = new ArrayList<>();
    Map<String, Integer> inclusive = new LinkedHashMap<>();
    Map<String, Integer> self = new LinkedHashMap<>();
    for (List<Frame> stack : stacks) {
      int outer = within == null ? stack.size() - 1 : indexOf(stack, within);
      if (outer < 0) {
        continue;
      }
      chosen.add(stack);
      Set<String> seen = new HashSet<>();
      for (Frame f : stack.subList(0, outer + 1)) {
        if (seen.add(f.methodKey())) {
          inclusive.merge(f.methodKey(), 1, Integer::sum);
        }
      }
      Frame leaf = stack.get(0);
      self.merge(leaf.methodKey() + ":" + leaf.line(), 1, Integer::sum);
    }
    int n = chosen.size();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d execution samples%s (of %d)\n\n", n,
        within == null ? "" : " through " + within, stacks.size()));
    if (n == 0) {
      return out.toString();
    }
    table(out, "method, inclusive", inclusive, n, top, false);
    table(out, "method:line, self", self, n, top, true);
    if (lines != null) {
      Map<String, Integer> byLine = new LinkedHashMap<>();
      int in = 0;
      for (List<Frame> stack : chosen) {
        int at = indexOf(stack, lines);
        if (at < 0) {
          continue;
        }
        in++;
        String callee = at == 0 ? "(its own code)" : stack.get(at - 1).methodKey();
        byLine.merge("line " + stack.get(at).line() + " | " + callee, 1, Integer::sum);
      }
      out.append(String.format(Locale.ROOT, "%s: %d samples, %.1f%% of those above\n\n", lines, in,
          100.0 * in / n));
      table(out, lines + " at line | calling", byLine, n, top, true);
    }
    return out.toString();
  }

  /** The innermost frame of the method in the stack, or -1. */
  private static int indexOf(List<Frame> stack, String methodKey) {
    for (int i = 0; i < stack.size(); i++) {
      if (stack.get(i).methodKey().equals(methodKey)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * One table, the {@code top} rows largest first; when the counts {@code partition} the samples (each
   * sample in one row: self and by line, not inclusive), a last row sums the rest.
   */
  private static void table(StringBuilder out, String heading, Map<String, Integer> counts, int n, int top,
      boolean partition) {
    // A heading with " | " in it names several text columns (the keys carry as many).
    int textColumns = heading.split(" \\| ", -1).length;
    out.append("| ").append(heading).append(" | samples | share |\n|").append("---|".repeat(textColumns))
        .append("---:|---:|\n");
    List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    int rest = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (i < top) {
        row(out, rows.get(i).getKey(), rows.get(i).getValue(), n);
      } else {
        rest += rows.get(i).getValue();
      }
    }
    if (partition && rows.size() > top) {
      row(out, "(" + (rows.size() - top) + " more)" + " | ".repeat(textColumns - 1), rest, n);
    }
    out.append('\n');
  }

  private static void row(StringBuilder out, String key, int samples, int n) {
    out.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% |\n", key, samples, 100.0 * samples / n));
  }
}
