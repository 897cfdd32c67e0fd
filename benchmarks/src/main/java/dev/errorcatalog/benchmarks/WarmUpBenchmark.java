package dev.errorcatalog.benchmarks;

import dev.errorcatalog.ErrorDecoder;
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
 * Warm-up: the first {@value #DECODES} decodes of one body in a fresh JVM, timed together (single-shot mode,
 * one measurement per fork, no warm-up iterations: each fork is a JVM that has decoded nothing). The decoder
 * is made in the trial's set-up, so its class initialisation is not counted here (that is
 * {@link ColdStartBenchmark}); what is counted is the time the JIT compilers take to settle on the decode
 * path, and the decodes run meanwhile in the interpreter and the first compiled tiers. The target compares
 * {@code bench-5000} with {@code bench-10}: at most 1.5x.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = WarmUpBenchmark.DECODES)
@Fork(20)
public class WarmUpBenchmark {

  /** Decodes per fork. */
  static final int DECODES = 400_000;

  @Param({"bench-10", "bench-5000"})
  public String catalog;

  /** The body decoded, see {@link Fixtures#UNMATCHED}; {@code documented} for the first documented body. */
  @Param({"unknown-code"})
  public String body;

  private int status;
  private byte[] bytes;
  private ErrorDecoder<?> decoder;
  private final Map<String, List<String>> headers = Map.of();

  @Setup(Level.Trial)
  public void setUp() {
    Body chosen = ColdStartBenchmark.body(catalog, body);
    status = chosen.status();
    bytes = chosen.bytes();
    decoder = Decoders.create(catalog);
  }

  /** One decode; JMH calls it {@value #DECODES} times in a row and times them together. */
  @Benchmark
  public Object decode() {
    return decoder.decode(status, headers, bytes);
  }
}
