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
 * The ways of reading an error response, over the same bodies in the same run: the generated decoder, the
 * token floor (baseline (a)), and readTree with hand-written code (baseline (b)) in two forms: the lean
 * lookup, which does less than the decoder, and the regex decoder, which does the same job.
 *
 * <p>One operation decodes every body of the catalog's representative set once, so that one timed operation
 * is several microseconds: long enough for {@code -bm sample} to time single operations, whose median a
 * shared, busy machine hardly disturbs (see README). {@link ResultTable} divides by the set's size to give
 * the time and allocation of one decode. The bodies live in state fields (not constants), and every result
 * goes to the {@link Blackhole}: nothing can be folded or thrown away. Subclasses name the catalogs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class DecodeBenchmark {

  /**
   * Which bodies of the set to decode: {@code all}, or one match kind ({@code code}, {@code message},
   * {@code status}, {@code none}) for a breakdown, e.g. {@code -p kind=message}.
   */
  @Param({"all"})
  public String kind;

  private int[] statuses;
  private byte[][] bodies;

  private ErrorDecoder<?> decoder;
  private TokenFloor floor;
  private HandWrittenLookup lookup;
  private HandWrittenDecoder regex;
  private final Map<String, List<String>> headers = Map.of();

  /** The id of the catalog this trial measures. */
  protected abstract String catalogId();

  @Setup(Level.Trial)
  public void setUp() {
    CatalogFixture fixture = Fixtures.of(catalogId());
    List<Body> chosen = Fixtures.bodies(catalogId(), kind);
    statuses = chosen.stream().mapToInt(Body::status).toArray();
    bodies = chosen.stream().map(Body::bytes).toArray(byte[][]::new);
    decoder = Decoders.create(catalogId());
    floor = new TokenFloor();
    lookup = new HandWrittenLookup(fixture);
    regex = new HandWrittenDecoder(fixture);
  }

  /** The generated decoder: status, headers and bytes to the typed error. */
  @Benchmark
  public void generatedDecoder(Blackhole blackhole) {
    for (int i = 0; i < bodies.length; i++) {
      blackhole.consume(decoder.decode(statuses[i], headers, bodies[i]));
    }
  }

  /** Baseline (a): every token of the same bytes, read and ignored. */
  @Benchmark
  public void tokenFloor(Blackhole blackhole) throws IOException {
    for (int i = 0; i < bodies.length; i++) {
      blackhole.consume(floor.read(bodies[i]));
    }
  }

  /**
   * Part of the floor, to show where its time goes: a parser made for each body and closed, no token read
   * (the cost every reader of the body pays once per body, whatever its length).
   */
  @Benchmark
  public void parserOnly(Blackhole blackhole) throws IOException {
    for (int i = 0; i < bodies.length; i++) {
      blackhole.consume(floor.open(bodies[i]));
    }
  }

  /**
   * The floor plus the text of every string value: what reading the tokens costs once strings are decoded,
   * as a decoder must for the code, message and fields it returns.
   */
  @Benchmark
  public void tokensWithText(Blackhole blackhole) throws IOException {
    for (int i = 0; i < bodies.length; i++) {
      blackhole.consume(floor.readWithText(bodies[i]));
    }
  }

  /**
   * Baseline (b), lean: {@code ObjectMapper.readTree} and a hand-written lookup of the same bytes, matching
   * messages only by equality (less work than the decoder).
   */
  @Benchmark
  public void readTreeLookup(Blackhole blackhole) {
    for (int i = 0; i < bodies.length; i++) {
      blackhole.consume(lookup.lookup(statuses[i], bodies[i]));
    }
  }

  /**
   * Baseline (b), the decoder's job done by hand: {@code ObjectMapper.readTree}, the code, templates as
   * regular expressions with their placeholders captured, fields and retry hint, of the same bytes and headers.
   */
  @Benchmark
  public void readTreeRegex(Blackhole blackhole) {
    for (int i = 0; i < bodies.length; i++) {
      blackhole.consume(regex.decode(statuses[i], headers, bodies[i]));
    }
  }
}
