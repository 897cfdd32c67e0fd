package dev.errorcatalog.feign;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import feign.RetryableException;
import feign.Retryer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A Feign {@link Retryer} that follows {@link RetryAdvisor} for the catalog's exceptions that
 * {@link CatalogErrorDecoder} wraps: the entry's attempts, delays, caps and window, counted per call (Feign
 * {@linkplain #clone() clones} a retryer for each), the waits on the advisor's {@link dev.errorcatalog.Sleeper}.
 * When the advisor says stop it throws the catalog's exception itself (not Feign's wrapper).
 *
 * <p>A {@code RetryableException} without a catalog exception inside (Feign's own, for an I/O error) is not
 * retried: it is thrown as Feign would.
 */
public final class CatalogRetryer implements Retryer {

  private final RetryAdvisor advisor;
  private final Instant firstAttempt;
  private int failed;

  /** A retryer on a default advisor (real time). */
  public CatalogRetryer() {
    this(new RetryAdvisor());
  }

  /** A retryer following {@code advisor}, waiting on its sleeper. */
  public CatalogRetryer(RetryAdvisor advisor) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
    this.firstAttempt = advisor.clock().instant();
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (!(e.getCause() instanceof CatalogException failure)) {
      throw e;
    }
    boolean idempotent = e.method() != null && RetryAdvisor.isIdempotent(e.method().name());
    Duration elapsed = Duration.between(firstAttempt, advisor.clock().instant());
    RetryDecision decision = advisor.advise(failure, ++failed, idempotent, elapsed.isNegative() ? Duration.ZERO : elapsed);
    if (decision.stopped()) {
      throw failure;
    }
    try {
      advisor.sleeper().sleep(decision.delay());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }

  /** A fresh retryer for one call: its attempts and window start now. */
  @Override
  public Retryer clone() {
    return new CatalogRetryer(advisor);
  }
}
