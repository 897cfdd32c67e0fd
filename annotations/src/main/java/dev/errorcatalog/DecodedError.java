package dev.errorcatalog;

import dev.errorcatalog.runtime.FrozenArgs;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a decoder made of one HTTP response: the documented entry (if any), how it was recognised,
 * the message and arguments it carried, the server's retry hint, and the raw bytes exactly as they came.
 *
 * <p>The raw body is the caller's bytes as they were when {@code decode} was called: the decoder copies them
 * once on entry, so a caller may reuse or clear its buffer afterwards. {@link #toString()} shows the message
 * and arguments under {@link SafeText}'s policy; {@link #message()} and {@link #args()} are the full text.
 *
 * @param <E> the catalog's entry type
 */
public final class DecodedError<E extends CatalogError> {

  private final int status;
  private final E entry;
  private final MatchKind matchKind;
  private final String message;
  private final Map<String, String> args;
  private final Duration retryAfter;
  private final byte[] rawBody;
  private final Function<? super DecodedError<E>, ? extends CatalogException> toException;

  /**
   * Creates a decoded error; generated decoders call this.
   *
   * @param entry the matched entry, or {@code null} for {@link MatchKind#NONE}
   * @param message the message read from the body, or {@code null}
   * @param args the captured arguments (copied, unless the decoding engine built them immutable)
   * @param retryAfter the retry hint, or {@code null}
   * @param rawBody the bytes as received, kept as given: the decoder hands over its own copy of the caller's
   *     bytes, made when {@code decode} was called
   * @param toException builds the catalog's exception for this result
   */
  public DecodedError(
      int status,
      E entry,
      MatchKind matchKind,
      String message,
      Map<String, String> args,
      Duration retryAfter,
      byte[] rawBody,
      Function<? super DecodedError<E>, ? extends CatalogException> toException) {
    this.status = status;
    this.entry = entry;
    this.matchKind = Objects.requireNonNull(matchKind, "matchKind");
    if (entry == null && matchKind != MatchKind.NONE) {
      throw new IllegalArgumentException("a " + matchKind + " match needs an entry");
    }
    this.message = message;
    // The engine's own argument maps are immutable already: kept as they are, one map per decode.
    this.args = args == null || args.isEmpty()
        ? Map.of()
        : args instanceof FrozenArgs ? args : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    this.retryAfter = retryAfter;
    this.rawBody = rawBody == null ? new byte[0] : rawBody;
    this.toException = Objects.requireNonNull(toException, "toException");
  }

  /** The HTTP status of the response. */
  public int status() {
    return status;
  }

  /** The documented entry; empty for {@link MatchKind#NONE}. */
  public Optional<E> entry() {
    return Optional.ofNullable(entry);
  }

  /** How the entry was recognised. */
  public MatchKind matchKind() {
    return matchKind;
  }

  /**
   * The message the body carried, if the body has one where the catalog says messages are: the full text
   * as received (control characters included); show it through {@link SafeText#of} in logs.
   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** The placeholder values captured from the message and the documented body fields. */
  public Map<String, String> args() {
    return args;
  }

  /** How long the server asked to wait: the {@code Retry-After} header or a documented body field. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** A copy of the body exactly as it came in (the caller's bytes at the call of {@code decode}). */
  public byte[] rawBody() {
    return rawBody.clone();
  }

  /** The size of the raw body, without copying it. */
  public int rawBodyLength() {
    return rawBody.length;
  }

  /** The catalog's exception for this response; never {@code null}. */
  public CatalogException toException() {
    return toException.apply(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DecodedError<?> other
        && status == other.status
        && Objects.equals(entry, other.entry)
        && matchKind == other.matchKind
        && Objects.equals(message, other.message)
        && args.equals(other.args)
        && Objects.equals(retryAfter, other.retryAfter)
        && Arrays.equals(rawBody, other.rawBody);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, entry, matchKind, message, args, retryAfter, Arrays.hashCode(rawBody));
  }

  @Override
  public String toString() {
    return "DecodedError[status=" + status
        + ", entry=" + (entry == null ? "none" : entry.catalogId() + ":" + entry.code())
        + ", matchKind=" + matchKind
        + ", message=" + (message == null ? null : SafeText.of(message))
        + ", args=" + SafeText.of(args.toString())
        + ", retryAfter=" + retryAfter
        + ", rawBody=" + rawBody.length + " bytes]";
  }
}
