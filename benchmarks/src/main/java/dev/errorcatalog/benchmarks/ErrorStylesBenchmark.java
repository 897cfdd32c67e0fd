package dev.errorcatalog.benchmarks;

import dev.errorcatalog.ErrorDecoder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The matching issue 34 added, one style per trial ({@link Fixtures#STYLES}): the bodies of {@code bench-styles} of
 * that style, each decoded once per operation, against the floor and the floor plus text on the same bytes (the
 * target: decoder at most 1.5x floor + text). No readTree baseline: the hand-written decoders read no {@code *}
 * pointer, sub-code or success-status error.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ErrorStylesBenchmark {

  /** Always {@code bench-styles}; a parameter so that the results name their catalog as the others do. */
  @Param({Fixtures.STYLES_CATALOG})
  public String catalog;

  /** Which style's bodies, see {@link Fixtures#STYLES}. */
  @Param({"subcode", "array", "success-error", "success", "statuses"})
  public String kind;

  private int[] statuses;
  private byte[][] bodies;
  private ErrorDecoder<?> decoder;
  private TokenFloor floor;
  private final Map<String, List<String>> headers = Map.of();

  @Setup(Level.Trial)
  public void setUp() {
    List<Body> chosen = Fixtures.bodies(catalog, kind);
    statuses = chosen.stream().mapToInt(Body::status).toArray();
    bodies = chosen.stream().map(Body::bytes).toArray(byte[][]::new);
    decoder = Decoders.create(catalog);
    floor = new TokenFloor();
  }

  @Benchmark
  public void generatedDecoder(Blackhole blackhole) {
    for (int i = 0; i < bodies.length; i++) {
      blackhole.consume(decoder.decode(statuses[i], headers, bodies[i]));
    }
  }

  @Benchmark
  public void tokenFloor(Blackhole blackhole) throws IOException {
    for (int i = 0; i < bodies.length; i++) {
      blackhole.consume(floor.read(bodies[i]));
    }
  }

  @Benchmark
  public void tokensWithText(Blackhole blackhole) throws IOException {
    for (int i = 0; i < bodies.length; i++) {
      blackhole.consume(floor.readWithText(bodies[i]));
    }
  }
}
