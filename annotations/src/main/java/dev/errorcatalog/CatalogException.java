package dev.errorcatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The base of every generated catalog exception. A service throws the typed subclasses (through the
 * generated factories); a client gets them from {@link DecodedError#toException()}.
 *
 * <p>{@link #getMessage()} (and so {@link #toString()} and every log line of a stack trace) is the message
 * under {@link SafeText}'s policy: never empty, control and bidirectional characters escaped, at most
 * {@value SafeText#MAX_LENGTH} characters and a marker. A message is often text a server sent; it must be
 * safe to log. {@link #args()} and {@link DecodedError#message()} keep the full text as received.
 *
 * <p>{@link #isDecoded()} tells the two origins apart: an exception a service raised is its own documented
 * error; one decoded from a response is someone else's (an upstream's), which a service must not present as
 * its own answer, nor pass its text on to its callers.
 */
public abstract class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CatalogError error;
  private final int status;
  private final Map<String, String> args;
  private final Duration retryAfter;
  private final byte[] rawBody;

  /**
   * {@code true} for an exception a service raised. Stored this way round so that an exception written by a
   * runtime that did not record the origin reads back as decoded: where the origin is unknown, the text is
   * treated as a response's.
   */
  private final boolean raisedByService;

  /** The latest advice recorded on this exception; not serialized (it describes one call in this process). */
  private transient volatile RetryAdvice retryAdvice;

  /**
   * @param error the documented entry, or {@code null} for a response the catalog does not document
   * @param status the HTTP status
   * @param message the exception message (the formatted or received error message), shown under
   *     {@link SafeText#message}: blank or {@code null} falls back to the entry's title
   * @param args the message arguments (copied)
   * @param retryAfter the retry hint, or {@code null}
   * @param rawBody the response body (copied), possibly empty, for an exception decoded from a response;
   *     {@code null} for an exception raised by a service (see {@link #isDecoded()})
   */
  protected CatalogException(
      CatalogError error,
      int status,
      String message,
      Map<String, String> args,
      Duration retryAfter,
      byte[] rawBody) {
    super(SafeText.message(message, error, status));
    this.error = error;
    this.status = status;
    this.args = args == null || args.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    this.retryAfter = retryAfter;
    this.rawBody = rawBody == null ? new byte[0] : rawBody.clone();
    this.raisedByService = rawBody == null;
  }

  /** The documented entry; empty for a response the catalog does not document. */
  public Optional<? extends CatalogError> error() {
    return Optional.ofNullable(error);
  }

  /** The HTTP status of the error. */
  public int status() {
    return status;
  }

  /** The message arguments, by placeholder name. */
  public Map<String, String> args() {
    return args;
  }

  /** How long the server asked to wait before a retry, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** A copy of the response body this exception was decoded from; empty when a service raised it. */
  public byte[] rawBody() {
    return rawBody.clone();
  }

  /**
   * Whether this exception was decoded from an HTTP response (by {@link DecodedError#toException()}, and so
   * by every client integration), rather than raised by a service through the generated factories. A decoded
   * exception reports what another server answered: its status, message and arguments are that server's,
   * and a service that lets it escape must answer with an error of its own (the Spring starter does, see
   * the user guide's "With Spring Boot", docs/guide/spring-boot.md).
   *
   * <p>Decoded means the constructor was given a body, even an empty one; a service raises with
   * {@code null}. An exception deserialized from the form of an older runtime, which did not record this,
   * counts as decoded.
   */
  public final boolean isDecoded() {
    return !raisedByService;
  }

  /**
   * The catalog exception a failure is, or carries as the cause of the wrappers a client's API imposes: a
   * {@code CompletionException} or {@code ExecutionException} of a future, and an {@code IOException} (or
   * {@code UncheckedIOException}) of an API that may throw only that ({@code HttpClient.send} with a body
   * handler, OkHttp's callbacks); empty for any other failure. Every retry layer reads failures through this,
   * so that what one adapter wraps another finds.
   */
  public static Optional<CatalogException> causeOf(Throwable failure) {
    Throwable t = failure;
    for (int i = 0; t != null && i < 8; i++) {
      if (t instanceof CatalogException c) {
        return Optional.of(c);
      }
      if (!(t instanceof CompletionException || t instanceof ExecutionException || t instanceof IOException
          || t instanceof UncheckedIOException)) {
        return Optional.empty();
      }
      t = t.getCause();
    }
    return Optional.empty();
  }

  /**
   * The retry advice recorded on this exception by the client adapter that decoded it, or by the catalog retry layer
   * that gave up with it (see {@link RetryAdvice}): whether, and after how long, {@link RetryAdvisor} says to try
   * again. Empty for an exception no adapter advised (one a service raised, or one made by
   * {@link DecodedError#toException()} by hand).
   */
  public Optional<RetryAdvice> retryAdvice() {
    return Optional.ofNullable(retryAdvice);
  }

  /**
   * Records the advice after the attempt that failed with this exception; adapters and retry layers call it, the
   * latest call wins.
   *
   * @return this exception
   */
  public final CatalogException recordRetryAdvice(RetryAdvice advice) {
    this.retryAdvice = java.util.Objects.requireNonNull(advice, "advice");
    return this;
  }
}
