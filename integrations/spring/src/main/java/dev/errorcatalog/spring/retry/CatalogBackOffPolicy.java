package dev.errorcatalog.spring.retry;

import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import java.util.Objects;
import org.springframework.retry.RetryContext;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffInterruptedException;
import org.springframework.retry.backoff.BackOffPolicy;

/**
 * Waits the delay of the advisor's latest decision ({@link CatalogRetryPolicy#DECISION}: the server's
 * {@code Retry-After} for a throttled entry, the entry's backoff otherwise), on the advisor's
 * {@link dev.errorcatalog.Sleeper}. Pair it with {@link CatalogRetryPolicy} on the same advisor.
 */
public final class CatalogBackOffPolicy implements BackOffPolicy {

  private final RetryAdvisor advisor;

  public CatalogBackOffPolicy(RetryAdvisor advisor) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
  }

  @Override
  public BackOffContext start(RetryContext context) {
    return new Waiting(context);
  }

  @Override
  public void backOff(BackOffContext backOffContext) throws BackOffInterruptedException {
    RetryContext context = ((Waiting) backOffContext).context();
    if (!(context.getAttribute(CatalogRetryPolicy.DECISION) instanceof RetryDecision decision) || decision.stopped()) {
      return;
    }
    try {
      advisor.sleeper().sleep(decision.delay());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackOffInterruptedException("interrupted while waiting to retry", e);
    }
  }

  /** The retry context of the call, whose latest decision says how long to wait. */
  private static final class Waiting implements BackOffContext {
    private static final long serialVersionUID = 1L;
    private final transient RetryContext context;

    Waiting(RetryContext context) {
      this.context = context;
    }

    RetryContext context() {
      return context;
    }
  }
}
