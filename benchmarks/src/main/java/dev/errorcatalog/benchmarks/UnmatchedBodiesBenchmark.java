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

/**
 * How decoding a body that matches nothing scales with catalog size: one body of each kind in
 * {@link Fixtures#UNMATCHED}, against {@code bench-10} and {@code bench-5000} (the target: at most 1.5x), with
 * the floor plus its strings on the same bytes (what reading the body costs, for the long message per byte).
 * One operation decodes the one body.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UnmatchedBodiesBenchmark {

  @Param({"bench-10", "bench-5000"})
  public String catalog;

  /** Which unmatched body, see {@link Fixtures#UNMATCHED}. */
  @Param({"unknown-code", "unlisted-message", "long-message"})
  public String kind;

  private int status;
  private byte[] body;
  private ErrorDecoder<?> decoder;
  private TokenFloor floor;
  private final Map<String, List<String>> headers = Map.of();

  @Setup(Level.Trial)
  public void setUp() {
    Body chosen = Fixtures.unmatched(kind);
    status = chosen.status();
    body = chosen.bytes();
    decoder = Decoders.create(catalog);
    floor = new TokenFloor();
  }

  @Benchmark
  public Object generatedDecoder() {
    return decoder.decode(status, headers, body);
  }

  @Benchmark
  public int tokensWithText() throws IOException {
    return floor.readWithText(body);
  }
}
