package dev.errorcatalog.spring7.retry;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListener;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import java.time.Duration;
import java.util.Objects;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * A {@link RetryPolicy} of Spring Framework 7's core retry that retries as {@link RetryAdvisor} says: the catalog's
 * exceptions only (also as the cause of an {@code IOException}, {@code UncheckedIOException},
 * {@code CompletionException} or {@code ExecutionException}), each after the advisor's delay (the server's
 * {@code Retry-After} for a throttled entry), and no more attempts than the entry's.
 *
 * <pre>{@code
 * RetryTemplate retry = new RetryTemplate(CatalogCoreRetryPolicy.of(new RetryAdvisor(), true));
 * Order order = retry.invoke(() -> orders.get(id));   // the typed exception itself when the advisor stops
 * }</pre>
 *
 * <p>{@code RetryTemplate.invoke} rethrows the last attempt's exception, so the caller gets the typed exception;
 * {@code execute} throws Spring's {@code RetryException} with it as the cause. Each decision is recorded on the
 * exception ({@link CatalogException#retryAdvice()}, {@code byRetryLayer} true) and reported to the
 * {@link CatalogListeners}, and a call given up is reported as failed (a call that recovers is not reported:
 * the policy does not see successes). An exception a catalog retry layer inside already gave up with is not
 * retried again: retries never multiply; use the client without its own retries inside.
 *
 * <p>The waits are {@code RetryTemplate}'s ({@code Thread.sleep}), not the advisor's sleeper; the advisor's clock
 * measures a documented window from the first failure. {@code RetryTemplate} asks the policy and then its back-off
 * on the calling thread, one after the other: the policy hands the exception it judged to the back-off through
 * the thread, so one policy serves any number of templates and threads.
 */
public final class CatalogCoreRetryPolicy implements RetryPolicy {

  /** The exception {@link #shouldRetry} just judged on this thread, for the back-off asked next. */
  private static final ThreadLocal<CatalogException> JUDGED = new ThreadLocal<>();

  private final RetryAdvisor advisor;
  private final Boolean idempotent;

  private CatalogCoreRetryPolicy(RetryAdvisor advisor, Boolean idempotent) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
    this.idempotent = idempotent;
  }

  /**
   * A policy whose requests are idempotent as each exception's recorded advice says (as the adapter that decoded it
   * read the HTTP method; Feign's decoder records it); an exception without it counts as not idempotent, so an
   * {@code idempotent-only} entry is then not retried.
   */
  public static CatalogCoreRetryPolicy of(RetryAdvisor advisor) {
    return new CatalogCoreRetryPolicy(advisor, null);
  }

  /** A policy for calls that are, or are not, idempotent ({@link RetryAdvisor#isIdempotent} of the method). */
  public static CatalogCoreRetryPolicy of(RetryAdvisor advisor, boolean idempotent) {
    return new CatalogCoreRetryPolicy(advisor, idempotent);
  }

  /** Whether the failure is a catalog exception the advisor is to judge (the back-off then decides). */
  @Override
  public boolean shouldRetry(Throwable failure) {
    CatalogException catalog = catalogCause(failure);
    if (catalog == null || catalog.retryAdvice().map(RetryAdvice::byRetryLayer).orElse(false)) {
      JUDGED.remove();
      return false;
    }
    JUDGED.set(catalog);
    return true;
  }

  /** The advisor's delays, one execution per call: {@code STOP} when the advisor says stop. */
  @Override
  public BackOff getBackOff() {
    return Execution::new;
  }

  @Override
  public String toString() {
    return "CatalogCoreRetryPolicy[" + (idempotent == null ? "idempotency from each exception"
        : idempotent ? "idempotent" : "not idempotent") + "]";
  }

  /** The attempts of one call: begun at its first failure. */
  private final class Execution implements BackOffExecution {
    private RetryAdvisor.Retries retries;
    private boolean idempotentCall;

    @Override
    public long nextBackOff() {
      CatalogException failure = JUDGED.get();
      JUDGED.remove();
      if (failure == null) {
        return STOP;
      }
      if (retries == null) {
        idempotentCall = idempotent != null ? idempotent
            : failure.retryAdvice().map(RetryAdvice::idempotent).orElse(false);
        retries = advisor.begin(idempotentCall);
      }
      RetryDecision decision = retries.next(failure);
      RetryAdvice advice = new RetryAdvice(decision, retries.failedAttempts(), idempotentCall, true);
      failure.recordRetryAdvice(advice);
      CatalogListeners.fireRetryDecided(failure, advice);
      if (decision.stopped()) {
        CatalogListeners.fireCallEnded(failure, CatalogListener.Outcome.FAILED, retries.failedAttempts());
        return STOP;
      }
      // Rounded up: never less than the advisor said (a Retry-After is waited exactly, to the millisecond).
      Duration delay = decision.delay();
      long millis;
      try {
        millis = delay.toMillis();
      } catch (ArithmeticException beyondALong) {
        return Long.MAX_VALUE;
      }
      return delay.equals(Duration.ofMillis(millis)) ? millis : millis + 1;
    }
  }

  /** {@link CatalogException#causeOf}, or {@code null}. */
  static CatalogException catalogCause(Throwable failure) {
    return CatalogException.causeOf(failure).orElse(null);
  }
}
