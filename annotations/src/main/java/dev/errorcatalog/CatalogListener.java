package dev.errorcatalog;

/**
 * Hears what the client adapters and retry layers do with a catalog's errors: each error response decoded, each
 * retry decision, and how a call that met errors ended. Register one with {@link CatalogListeners#register}
 * (the Spring starter registers one that feeds Micrometer); a plain application can count errors and retries
 * with it.
 *
 * <p>Methods are called on the thread of the call (for an asynchronous call, whichever thread completes it), so
 * they must be quick and thread-safe; an exception one throws is dropped (it never changes a call). Every
 * method has an empty default: a listener overrides what it needs.
 */
public interface CatalogListener {

  /**
   * An adapter decoded an error response (status 400 and above, or an error the catalog documents at a success
   * status): {@link DecodedError#entry()} is the documented entry, empty for an undocumented response, and
   * {@link DecodedError#matchKind()} says how it was recognised.
   */
  default void decoded(DecodedError<?> error) {}

  /**
   * A retry layer asked {@link RetryAdvisor} after an attempt failed with {@code failure}, and will act on
   * {@code advice}: retry after its delay, or stop.
   */
  default void retryDecided(CatalogException failure, RetryAdvice advice) {}

  /**
   * A call run by a retry layer that met at least one catalog error ended.
   *
   * @param lastFailure the exception of the last failed attempt
   * @param outcome whether a later attempt succeeded or the caller got {@code lastFailure}
   * @param attempts the attempts made in all
   */
  default void callEnded(CatalogException lastFailure, Outcome outcome, int attempts) {}

  /** How a call that met catalog errors ended. */
  enum Outcome {
    /** A later attempt succeeded. */
    RECOVERED,
    /** The caller got the catalog's exception of the last attempt. */
    FAILED
  }
}
