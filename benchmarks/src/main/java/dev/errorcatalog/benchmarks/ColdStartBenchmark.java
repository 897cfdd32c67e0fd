package dev.errorcatalog.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: in a fresh JVM, make the catalog's decoder (loading and initialising its error type and engine)
 * and decode one body, timed together (single-shot mode, one measurement per fork). The set-up touches no
 * class of the catalog, of the runtime or of jackson: all of them are loaded inside the timed call. JMH's own
 * classes are loaded already, as an application's framework would be. The target: at most 150 ms for
 * {@code bench-5000}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class ColdStartBenchmark {

  @Param({"bench-10", "bench-5000"})
  public String catalog;

  /**
   * The body decoded: {@code documented} (the pair's first documented body, found by its code: no status's
   * templates are needed) or one of {@link Fixtures#UNMATCHED} ({@code unknown-code}: every template at 400
   * is indexed first).
   */
  @Param({"documented", "unknown-code"})
  public String body;

  private int status;
  private byte[] bytes;
  private final Map<String, List<String>> headers = Map.of();

  @Setup(Level.Trial)
  public void setUp() {
    Body chosen = body(catalog, body);
    status = chosen.status();
    bytes = chosen.bytes();
  }

  @Benchmark
  public Object loadAndDecodeOnce() {
    return Decoders.create(catalog).decode(status, headers, bytes);
  }

  /** {@code documented}: the catalog's first fixture body; else the unmatched body of that kind. */
  static Body body(String catalog, String kind) {
    return kind.equals("documented") ? Fixtures.of(catalog).bodies().get(0) : Fixtures.unmatched(kind);
  }
}
