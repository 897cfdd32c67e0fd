package dev.errorcatalog.resilience4j;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.RetryAdvisor;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * Resilience4j retries that decide as {@link RetryAdvisor}: only what the entry's retry class allows is retried,
 * after the advisor's delay (the server's {@code Retry-After} for a throttled entry), and each entry's own attempts
 * and window are honoured.
 *
 * <p><b>How per-entry attempts and windows are honoured.</b> Resilience4j's {@code maxAttempts} is one number for
 * the whole configuration, and its predicates see neither the attempt number nor the time. So the calls are
 * decorated here: each call counts its own attempts on a {@link RetryAdvisor.Retries} (its clock measuring the
 * window from the first attempt), and every failure with a catalog exception reaches Resilience4j as an
 * {@link AdvisedFailure} carrying the advisor's decision; {@link #config()}'s {@code retryOnException} predicate
 * retries exactly when that decision says retry, and its {@link #interval()} waits the decision's delay.
 * {@code maxAttempts} is left unbounded: the advisor stops every entry (by default after 5 attempts). When the
 * advisor says stop, or Resilience4j gives up, the decorated call throws the catalog's exception itself.
 *
 * <pre>{@code
 * CatalogRetry catalogRetry = CatalogRetry.of(new RetryAdvisor());
 * Retry retry = Retry.of("orders", CatalogRetry.config());
 * Order order = catalogRetry.decorateSupplier(retry, true, () -> orders.get(id)).get();
 * }</pre>
 *
 * <p>Resilience4j waits itself (the synchronous {@code Retry} sleeps; the asynchronous one schedules on the given
 * {@code ScheduledExecutorService}, holding no thread): it is fed the advisor's delays, to the millisecond.
 */
public final class CatalogRetry {

  private final RetryAdvisor advisor;

  private CatalogRetry(RetryAdvisor advisor) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
  }

  /** Decorates calls with the advice of {@code advisor} (its clock measures the windows). */
  public static CatalogRetry of(RetryAdvisor advisor) {
    return new CatalogRetry(advisor);
  }

  /** The configuration for retries of decorated calls: {@link #configure} on a default builder. */
  public static RetryConfig config() {
    return configure(RetryConfig.custom()).build();
  }

  /**
   * Sets, on a builder of your own, what decorated calls need: {@code retryOnException} (an
   * {@link AdvisedFailure} whose decision says retry; nothing else), {@code intervalBiFunction} ({@link #interval()})
   * and an unbounded {@code maxAttempts}. Keep the rest of your settings (events, names); do not set those three
   * again after.
   */
  public static <T> RetryConfig.Builder<T> configure(RetryConfig.Builder<T> builder) {
    return builder
        .maxAttempts(Integer.MAX_VALUE)
        .retryOnException(CatalogRetry::retries)
        .intervalBiFunction(interval());
  }

  /** Whether Resilience4j should retry after this failure: an advised one the advisor says to retry. */
  static boolean retries(Throwable failure) {
    return failure instanceof AdvisedFailure advised && advised.decision().retry();
  }

  /**
   * The wait before the next attempt: the advisor's delay of an {@link AdvisedFailure}, in milliseconds; for any
   * other outcome (a result Resilience4j was told to retry on), {@code RetryAdvisor}'s default base delay.
   */
  public static <T> IntervalBiFunction<T> interval() {
    return (attempt, outcome) -> {
      if (outcome.isLeft() && outcome.getLeft() instanceof AdvisedFailure advised) {
        return advised.decision().delay().toMillis();
      }
      return RetryAdvisor.DEFAULT_BASE_MILLIS;
    };
  }

  /**
   * A supplier whose every call retries {@code call} with {@code retry} as the advisor says, and throws the catalog's
   * exception of the last attempt when it stops.
   *
   * @param retry a {@code Retry} on {@link #config()} (or a builder through {@link #configure})
   * @param idempotent whether the call may be repeated safely ({@code idempotent-only} entries need it)
   */
  public <T> Supplier<T> decorateSupplier(Retry retry, boolean idempotent, Supplier<T> call) {
    return () -> {
      RetryAdvisor.Retries retries = advisor.begin(idempotent);
      Supplier<T> attempt = () -> {
        try {
          return call.get();
        } catch (CatalogException failure) {
          throw new AdvisedFailure(failure, retries.next(failure));
        }
      };
      try {
        return Retry.decorateSupplier(retry, attempt).get();
      } catch (AdvisedFailure advised) {
        throw advised.failure();
      }
    };
  }

  /**
   * The asynchronous form: {@code Retry.decorateCompletionStage}, each wait scheduled on {@code scheduler}; the
   * stage fails with the catalog's exception of the last attempt when the advisor says stop.
   */
  public <T> Supplier<CompletionStage<T>> decorateCompletionStage(Retry retry, ScheduledExecutorService scheduler,
      boolean idempotent, Supplier<CompletionStage<T>> call) {
    return () -> {
      RetryAdvisor.Retries retries = advisor.begin(idempotent);
      Supplier<CompletionStage<T>> attempt = () -> {
        CompletableFuture<T> advised = new CompletableFuture<>();
        call.get().whenComplete((value, failure) -> {
          Throwable cause = unwrap(failure);
          if (cause == null) {
            advised.complete(value);
          } else if (cause instanceof CatalogException catalog) {
            advised.completeExceptionally(new AdvisedFailure(catalog, retries.next(catalog)));
          } else {
            advised.completeExceptionally(cause);
          }
        });
        return advised;
      };
      CompletableFuture<T> result = new CompletableFuture<>();
      Retry.decorateCompletionStage(retry, scheduler, attempt).get().whenComplete((value, failure) -> {
        Throwable cause = unwrap(failure);
        if (cause == null) {
          result.complete(value);
        } else {
          result.completeExceptionally(cause instanceof AdvisedFailure advised ? advised.failure() : cause);
        }
      });
      return result;
    };
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
