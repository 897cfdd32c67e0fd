package dev.errorcatalog.resilience4j;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.RetryDecision;

/**
 * A failed attempt with the advisor's decision on it, as Resilience4j sees it between the attempts of a call
 * decorated by {@link CatalogRetry}: the config's predicate retries it when {@link #decision()} says so, and its
 * interval function waits {@link RetryDecision#delay()}. The decorated call never throws it: when Resilience4j
 * gives up, the catalog's exception ({@link #failure()}) is thrown instead. Retry events name it, with the
 * advisor's reason as its message.
 */
public final class AdvisedFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final CatalogException failure;
  private final transient RetryDecision decision;

  AdvisedFailure(CatalogException failure, RetryDecision decision) {
    super(decision.toString(), failure, false, false);
    this.failure = failure;
    this.decision = decision;
  }

  /** The catalog's exception of the failed attempt. */
  public CatalogException failure() {
    return failure;
  }

  /** What {@link dev.errorcatalog.RetryAdvisor} said after it. */
  public RetryDecision decision() {
    return decision;
  }
}
