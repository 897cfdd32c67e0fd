package dev.errorcatalog;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
public abstract class DecodedError<E extends CatalogError> {

  private final int status;
  private final E entry;
  private final MatchKind matchKind;
  private final String message;
  private final Map<String, String> args;
  private final Duration retryAfter;
  private final byte[] rawBody;

  /**
   * For the decoding engine, which makes every result (and knows the catalog's exception, see
   * {@link #toException()}); results are never made by hand.
   *
   * @param entry the matched entry, or {@code null} for {@link MatchKind#NONE}
   * @param message the message read from the body, or {@code null}
   * @param args the captured arguments, kept as given: an unmodifiable map nobody changes afterwards (the
   *     engine's are immutable, one per decode); {@code null} for none
   * @param retryAfter the retry hint, or {@code null}
   * @param rawBody the bytes as received, kept as given: the decoder hands over its own copy of the caller's
   *     bytes, made when {@code decode} was called
   */
  protected DecodedError(
      int status,
      E entry,
      MatchKind matchKind,
      String message,
      Map<String, String> args,
      Duration retryAfter,
      byte[] rawBody) {
    this.status = status;
    this.entry = entry;
    this.matchKind = Objects.requireNonNull(matchKind, "matchKind");
    if (entry == null && matchKind != MatchKind.NONE) {
      throw new IllegalArgumentException("a " + matchKind + " match needs an entry");
    }
    this.message = message;
    this.args = args == null || args.isEmpty() ? Map.of() : args;
    this.retryAfter = retryAfter;
    this.rawBody = rawBody == null ? new byte[0] : rawBody;
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

  /**
   * The values of the list fields the catalog's shape declares (a field whose pointer reads through an array with
   * {@code *}, such as {@code /error/provided/*}), by name, each in the body's order. {@link #args()} has the same
   * values as one text, joined by {@code ", "}. Empty when the shape declares no list field; this default, for
   * results made by an older engine, is always empty.
   */
  public Map<String, List<String>> listArgs() {
    return Map.of();
  }

  /**
   * Every documented error the body carries, in the body's order: where the catalog reads the code through an
   * array ({@code /errors/*}{@code /code}), one result per element with a documented code, each with its own
   * message and arguments; this result is the first. Otherwise this result alone, or none when no entry matched.
   */
  public List<DecodedError<E>> errors() {
    return entry == null ? List.of() : List.of(this);
  }

  /**
   * How long the server asked to wait: the {@code Retry-After} header, else a wait hint the catalog declares for the
   * entry ({@code x-ratelimit-reset} in epoch seconds, the {@code RateLimit} field), else a documented body field. A
   * time already past is zero; a wait beyond 366 days is none.
   */
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

  /**
   * Whether the response is an error, as the catalog says: every status outside 100 to 399; at a success
   * status where the catalog documents errors ({@link ErrorDecoder#errorsAt}), a documented entry that is not a
   * success (an error the API answers with {@code 200}), or a body the catalog marks as an error by its
   * constants ({@code "ok": false} with a code it does not document). A client throws {@link #toException()} for
   * an error and hands any other response on as a success. The engine's results answer as described; this
   * default, for other results, by the status and the entry.
   */
  public boolean isError() {
    if (status < 100 || status >= 400) {
      return true;
    }
    return entry != null && !entry.isSuccess();
  }

  /** The catalog's exception for this response; never {@code null}. */
  public abstract CatalogException toException();

  @Override
  public boolean equals(Object o) {
    return o instanceof DecodedError<?> other
        && status == other.status
        && Objects.equals(entry, other.entry)
        && matchKind == other.matchKind
        && Objects.equals(message, other.message)
        && args.equals(other.args)
        && Objects.equals(retryAfter, other.retryAfter)
        && Arrays.equals(rawBody, other.rawBody)
        && isError() == other.isError();
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
