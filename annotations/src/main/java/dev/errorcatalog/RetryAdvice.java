package dev.errorcatalog;

import java.util.Objects;

/**
 * The retry advice that travels with a {@link CatalogException}: what {@link RetryAdvisor} said after the attempt
 * that failed with it, so that any retry library around a client can read it ({@link CatalogException#retryAdvice()}).
 *
 * <p>A client adapter that decodes an error response records the advice after a first failure
 * ({@code byRetryLayer} false: what a retry layer would do). A catalog retry layer (the runtime's loop,
 * Feign's {@code CatalogRetryer}, Resilience4j's {@code CatalogRetry}) records its own decision on the exception it
 * gives up with ({@code byRetryLayer} true), so that an outer catalog retry layer does not retry it again: retries
 * never multiply.
 *
 * @param decision what the advisor said
 * @param attempt the number of the attempt that failed, from 1
 * @param idempotent whether the request was judged idempotent (from its HTTP method, or as the caller said)
 * @param byRetryLayer whether a catalog retry layer made this decision and acted on it (it retried, or gave up)
 */
public record RetryAdvice(RetryDecision decision, int attempt, boolean idempotent, boolean byRetryLayer) {

  public RetryAdvice {
    Objects.requireNonNull(decision, "decision");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt counts from 1, got " + attempt);
    }
  }

  /** Whether the advisor said to retry. */
  public boolean retry() {
    return decision.retry();
  }
}
