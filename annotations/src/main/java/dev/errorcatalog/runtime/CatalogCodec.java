package dev.errorcatalog.runtime;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The decoding and encoding engine of one catalog, as the generated code sees it. A generated decoder builds
 * it once from the rows of its error type ({@link #of}) and delegates to it; the processor builds the same
 * engine from the same rows to check, at build time, that every example decodes to its own entry.
 *
 * <p>The work is split by job: {@link IndexBuilder} turns the rows into a {@link CatalogIndex} (the lookup
 * tables), {@link ResponseDecoder} decodes responses on it, {@link BodyEncoder} renders documented bodies
 * from it.
 *
 * @param <E> the catalog's entry type
 */
public final class CatalogCodec<E extends CatalogError> {

  /** What a shape's bodies are. */
  public enum Body { JSON, TEXT, EMPTY }

  private final CatalogIndex<E> index;
  private final ResponseDecoder<E> decoder;
  private final BodyEncoder<E> encoder;

  private CatalogCodec(CatalogIndex<E> index, ResponseDecoder<E> decoder) {
    this.index = index;
    this.decoder = decoder;
    this.encoder = new BodyEncoder<>(index);
  }

  /**
   * The engine over a catalog's rows: its shapes in catalog order (the order decides which pointer is read
   * first where several could hold the message or a retry hint), then its entries, each with its row.
   *
   * @param shapes every shape of the catalog; shapes an entry names but the list lacks are added after it
   * @param entries the entries in catalog order
   * @param rowOf the row of an entry
   * @param toException builds the catalog's exception for a decoded response
   */
  public static <E extends CatalogError> CatalogCodec<E> of(List<ShapeRow> shapes, List<E> entries,
      Function<? super E, EntryRow> rowOf, Function<? super DecodedError<E>, ? extends CatalogException> toException) {
    Objects.requireNonNull(toException, "toException");
    IndexBuilder<E> b = new IndexBuilder<>();
    shapes.forEach(b::shape);
    for (E entry : entries) {
      b.entry(entry, rowOf.apply(entry));
    }
    CatalogIndex<E> index = b.build();
    return new CatalogCodec<>(index, new ResponseDecoder<>(index, toException, Clock.systemUTC()));
  }

  /**
   * The same tables measuring the waits that name a time (an HTTP-date {@code Retry-After}, an epoch wait hint)
   * against another clock.
   */
  public CatalogCodec<E> withClock(Clock clock) {
    return new CatalogCodec<>(index, decoder.withClock(Objects.requireNonNull(clock, "clock")));
  }

  /** Every distinct pointer the catalog's shapes name, in the order first named. */
  public List<String> pointers() {
    return index.trie.pointers();
  }

  /** Decodes a response whose body is text (sent as UTF-8), without headers. */
  public DecodedError<E> decode(int status, String body) {
    return decoder.decode(status, body);
  }

  /**
   * Decodes a response; never throws. The body is copied once on entry: the result's raw body is the bytes
   * as they were at this call, whatever the caller does with its array afterwards (reuses a buffer, clears
   * it), and the decode reads that copy.
   *
   * @param headers response headers, names in any case; may be {@code null} or empty
   * @param body the raw body; may be {@code null} or empty
   */
  public DecodedError<E> decode(int status, Map<String, List<String>> headers, byte[] body) {
    return decoder.decode(status, headers, body);
  }

  /**
   * {@link #decode} without its last-resort guard, for tests and fuzzers: an exception here is a bug that
   * {@code decode} would have hidden. {@code raw} must not be {@code null}; it is handed to the result as it
   * is (not copied), so the caller must not change it afterwards.
   */
  public DecodedError<E> decodeUnguarded(int status, Map<String, List<String>> headers, byte[] raw) {
    return decoder.decodeUnguarded(status, headers, raw);
  }

  /** See {@link dev.errorcatalog.ErrorDecoder#errorsAt}. */
  public boolean errorsAt(int status) {
    return index.errorsAt(status);
  }

  /** {@code application/json}, {@code text/plain; charset=utf-8}, or {@code ""} for entries without a body. */
  public String contentType(E entry) {
    return encoder.contentType(entry);
  }

  /**
   * The documented body of an entry: its shape filled with the code, the formatted message, the fields
   * and constants, and the retry hint in seconds ({@code retryAfter} may be {@code null}). Text shapes give
   * the message, empty shapes {@code ""}.
   */
  public String encode(E entry, Map<String, ?> args, Duration retryAfter) {
    return encoder.encode(entry, args, retryAfter);
  }
}
