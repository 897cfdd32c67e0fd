package dev.errorcatalog.benchmarks;

import dev.errorcatalog.ErrorDecoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The decoder against floor + text on the same bodies in the thread's CPU time, not wall time: on a shared machine
 * whose load is above its cores, JMH's wall-clock rows move by 2x from one trial to the next (another process holds
 * the core), while the CPU time a thread spends is disturbed only by the caches. Each round decodes the bodies
 * 20,000 times, then reads them as floor + text as often; five rounds warm up, then {@code rounds} are measured.
 * Prints, per set of bodies, each side's fastest and median round in ns and the ratio: the fastest decoder round over
 * the fastest floor + text round, and the median of the rounds' ratios. Run from the repository root:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.errorcatalog.benchmarks.CpuRatio bench-styles array 25
 * </pre>
 */
public final class CpuRatio {

  /** Where the results go, so that the work cannot be thrown away. */
  private static volatile Object sink;
  private static volatile int textSink;

  private CpuRatio() {}

  /** Arguments: catalog, kind (a style of bench-styles, or all / code / message / status / none), rounds. */
  public static void main(String[] a) throws Exception {
    String catalog = a[0];
    String kind = a[1];
    int rounds = Integer.parseInt(a[2]);
    List<Body> chosen = Fixtures.bodies(catalog, kind);
    int[] statuses = chosen.stream().mapToInt(Body::status).toArray();
    byte[][] bodies = chosen.stream().map(Body::bytes).toArray(byte[][]::new);
    ErrorDecoder<?> decoder = Decoders.create(catalog);
    TokenFloor floor = new TokenFloor();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, List<String>> headers = Map.of();
    int n = 20000;
    double[] dec = new double[rounds];
    double[] txt = new double[rounds];
    for (int r = -5; r < rounds; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < n; k++) {
        for (int i = 0; i < bodies.length; i++) {
          sink = decoder.decode(statuses[i], headers, bodies[i]);
        }
      }
      long t1 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < n; k++) {
        for (int i = 0; i < bodies.length; i++) {
          textSink = floor.readWithText(bodies[i]);
        }
      }
      long t2 = mx.getCurrentThreadCpuTime();
      if (r >= 0) {
        dec[r] = (t1 - t0) / (double) n;
        txt[r] = (t2 - t1) / (double) n;
      }
    }
    double[] ratio = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratio[r] = dec[r] / txt[r];
    }
    Arrays.sort(dec);
    Arrays.sort(txt);
    Arrays.sort(ratio);
    System.out.printf("%s %s decoder min %.0f med %.0f | text min %.0f med %.0f | min/min %.2fx"
        + " | median of round ratios %.2fx%n", catalog, kind, dec[0], dec[rounds / 2], txt[0], txt[rounds / 2], dec[0] / txt[0], ratio[rounds / 2]);
  }
}
