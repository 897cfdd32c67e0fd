package dev.errorcatalog.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.benchmarks.ProfileSummary.Frame;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSummaryTest {

  /** A stack, innermost frame first, from "Type.method:line" strings. */
  private static List<Frame> stack(String... frames) {
    List<Frame> stack = new ArrayList<>();
    for (String f : frames) {
      int dot = f.indexOf('.');
      int colon = f.indexOf(':');
      stack.add(new Frame(f.substring(0, dot), f.substring(dot + 1, colon), Integer.parseInt(f.substring(colon + 1))));
    }
    return stack;
  }

  @Test
  void countsTheSamplesThroughOneMethodInclusiveSelfAndByLine() {
    List<List<Frame>> stacks = List.of(
        stack("Parser.next:10", "Decoder.decode:5", "Bench.run:1"),
        stack("Parser.next:11", "Decoder.decode:5", "Bench.run:1"),
        stack("Matcher.match:20", "Decoder.decode:7", "Bench.run:1"),
        stack("Decoder.decode:9", "Bench.run:1"),
        // Recursion counts once per sample; a stack outside the method is left out.
        stack("Matcher.match:21", "Matcher.match:22", "Decoder.decode:7", "Bench.run:1"),
        stack("Gc.work:1", "Thread.run:1"));

    String out = ProfileSummary.render(stacks, "Decoder.decode", "Decoder.decode", 10);

    assertTrue(out.startsWith("5 execution samples through Decoder.decode (of 6)\n"), out);
    assertTrue(out.contains("| Decoder.decode | 5 | 100.0% |"), out);
    assertTrue(out.contains("| Matcher.match | 2 | 40.0% |"), out);
    assertTrue(out.contains("| Parser.next | 2 | 40.0% |"), out);
    assertFalse(out.contains("Gc.work"), out);
    // Inclusive counts stop at the method chosen: the frames around it are the harness's.
    assertFalse(out.contains("Bench.run"), out);
    // Self: by method and line.
    assertTrue(out.contains("| Parser.next:10 | 1 | 20.0% |"), out);
    assertTrue(out.contains("| Matcher.match:21 | 1 | 20.0% |"), out);
    // By line: each line with the method it called there, largest first; two text columns.
    assertTrue(out.contains("| Decoder.decode at line | calling | samples | share |\n|---|---|---:|---:|\n"
        + "| line 5 | Parser.next | 2 | 40.0% |\n| line 7 | Matcher.match | 2 | 40.0% |\n"
        + "| line 9 | (its own code) | 1 | 20.0% |\n"), out);
    String two = ProfileSummary.render(stacks, "Decoder.decode", "Decoder.decode", 2);
    assertTrue(two.contains("| line 7 | Matcher.match | 2 | 40.0% |\n| (1 more) |  | 1 | 20.0% |\n"), two);
  }

  @Test
  void withoutWithinEverySampleCountsAndTopLimitsTheRowsSummingTheRest() {
    List<List<Frame>> stacks = List.of(stack("A.a:1"), stack("B.b:1"), stack("B.b:2"), stack("C.c:1"));

    String out = ProfileSummary.render(stacks, null, null, 1);

    assertTrue(out.startsWith("4 execution samples (of 4)\n"), out);
    assertTrue(out.contains("| method, inclusive | samples | share |\n|---|---:|---:|\n| B.b | 2 | 50.0% |\n\n"), out);
    assertFalse(out.contains("| A.a |"), out);
    // Self counts partition the samples: the rest is summed; inclusive ones overlap, so they are not.
    assertTrue(out.contains("| method:line, self | samples | share |\n|---|---:|---:|\n| A.a:1 | 1 | 25.0% |\n"
        + "| (3 more) | 3 | 75.0% |\n\n"), out);
  }

  @Test
  void noSampleThroughTheMethodSaysSo() {
    assertEquals("0 execution samples through X.y (of 1)\n\n",
        ProfileSummary.render(List.of(stack("A.a:1")), "X.y", "X.y", 5));
  }

  /** Burns CPU in a method of its own, so that the sampler finds it. */
  private static long spin(long until) {
    long x = 0;
    while (System.nanoTime() < until) {
      x += Long.numberOfTrailingZeros(x + System.nanoTime());
    }
    return x;
  }

  @Test
  void readsTheExecutionSamplesOfARecordingMadeWithTheReadmesSettings(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("spin.jfr");
    List<List<Frame>> stacks;
    // The settings README's "Profiles" records with (the module's directory is the tests' working directory).
    Configuration settings = Configuration.create(Path.of("every-ms.jfc"));
    assertEquals("1 ms", settings.getSettings().get("jdk.ExecutionSample#period"));
    try (Recording recording = new Recording(settings)) {
      recording.start();
      // Sampling is not guaranteed within a fixed time on a loaded machine: spin until a sample shows, up to 20 s.
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      do {
        spin(System.nanoTime() + Duration.ofMillis(200).toNanos());
        recording.dump(file);
        stacks = ProfileSummary.read(file);
      } while (ProfileSummary.render(stacks, "ProfileSummaryTest.spin", null, 1).startsWith("0 ")
          && System.nanoTime() < deadline);
    }
    String out = ProfileSummary.render(stacks, "ProfileSummaryTest.spin", null, Integer.MAX_VALUE);
    assertFalse(out.startsWith("0 "), out);
    assertTrue(out.contains("| ProfileSummaryTest.spin |"), out);
  }
}
