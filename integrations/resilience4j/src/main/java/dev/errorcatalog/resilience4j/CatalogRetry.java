package dev.errorcatalog.resilience4j;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListener;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.time.Instant;
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
 * are honoured; the caller gets the typed exception.
 *
 * <p><b>With Resilience4j's own decorators</b> ({@code Retry.decorateSupplier}, {@code decorateCheckedSupplier},
 * {@code decorateCallable}, {@code decorateCompletionStage}, and resilience4j-spring-boot's {@code @Retry}
 * configured with this class's predicate and interval), {@link #config()} works on the catalog's exception the call
 * throws: its {@code retryOnException} predicate retries what the advisor allows after a first failure (an
 * {@code idempotent-only} entry only where the exception's {@link CatalogException#retryAdvice()} says the request
 * was idempotent, as the Feign adapter records from the method; without advice, not idempotent), and its
 * {@link #interval()} asks the advisor with Resilience4j's attempt number: the entry's delay, or a stop (a negative
 * interval, on which Resilience4j rethrows the typed exception) once the entry's attempts are made. The entry's
 * window is measured from the first failure, on the calling thread: exact for synchronous calls; for asynchronous
 * ones decorate with {@link #decorateCompletionStage}.
 *
 * <p><b>With this class's decorators</b> ({@link #decorateSupplier}, {@link #decorateCompletionStage}) each call
 * counts its own attempts on a {@link RetryAdvisor.Retries} (the window measured from the first attempt on the
 * advisor's clock), the idempotency is the caller's flag, and every failure reaches Resilience4j as an
 * {@link AdvisedFailure} carrying the decision; the decorated call throws (or its stage fails with) the typed
 * exception itself. An attempt runs as a catalog retry layer ({@link RetryAdvisor#insideRetryLayer()}): a client's own
 * catalog retrier inside (Feign's {@code CatalogRetryer}) switches itself off, and this layer retries.
 *
 * <p>Either way {@code maxAttempts} is left unbounded: the advisor stops every entry (by default after 5 attempts).
 * An exception that a catalog retry layer inside already gave up with ({@link RetryAdvice#byRetryLayer()}) is not
 * retried again: retries never multiply. Decisions and outcomes are reported to the {@link CatalogListeners}.
 *
 * <pre>{@code
 * Retry retry = Retry.of("orders", CatalogRetry.config());
 * Order order = Retry.decorateSupplier(retry, () -> orders.get(id)).get();   // throws the typed exception
 * }</pre>
 *
 * <p>Resilience4j waits itself (the synchronous {@code Retry} sleeps; the asynchronous one schedules on the given
 * {@code ScheduledExecutorService}, holding no thread): it is fed the advisor's delays, to the millisecond.
 */
public final class CatalogRetry {

  /** The advisor of {@link #config()}: real time, a thread-local random source. */
  private static final RetryAdvisor DEFAULT_ADVISOR = new RetryAdvisor();

  /** The failed attempts of the call running on this thread under {@link #config()}, and when the first failed. */
  private static final ThreadLocal<Progress> PROGRESS = new ThreadLocal<>();

  private record Progress(int attempt, Instant firstFailure) {}

  private final RetryAdvisor advisor;

  private CatalogRetry(RetryAdvisor advisor) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
  }

  /** Decorates calls with the advice of {@code advisor} (its clock measures the windows). */
  public static CatalogRetry of(RetryAdvisor advisor) {
    return new CatalogRetry(advisor);
  }

  /** The configuration for retries by the catalog: {@link #configure} on a default builder, a default advisor. */
  public static RetryConfig config() {
    return config(DEFAULT_ADVISOR);
  }

  /** {@link #config()} with the advice of {@code advisor} for Resilience4j's own decorators. */
  public static RetryConfig config(RetryAdvisor advisor) {
    return configure(RetryConfig.custom(), advisor).build();
  }

  /**
   * Sets, on a builder of your own, what retries by the catalog need: {@code retryOnException} ({@link #retries}),
   * {@code intervalBiFunction} ({@link #interval()}) and an unbounded {@code maxAttempts}. Keep the rest of your
   * settings (events, names); do not set those three again after.
   */
  public static <T> RetryConfig.Builder<T> configure(RetryConfig.Builder<T> builder) {
    return configure(builder, DEFAULT_ADVISOR);
  }

  /** {@link #configure(RetryConfig.Builder)} with the advice of {@code advisor}. */
  public static <T> RetryConfig.Builder<T> configure(RetryConfig.Builder<T> builder, RetryAdvisor advisor) {
    Objects.requireNonNull(advisor, "advisor");
    return builder
        .maxAttempts(Integer.MAX_VALUE)
        .retryOnException(failure -> retries(failure, advisor))
        .intervalBiFunction(interval(advisor));
  }

  /**
   * The {@code retryOnException} predicate of {@link #config()}, for a configuration made elsewhere (e.g.
   * resilience4j-spring-boot's properties: {@code resilience4j.retry.configs.*.retry-exception-predicate} names a
   * {@code Predicate<Throwable>} class, {@link CatalogFailurePredicate}).
   */
  public static boolean retries(Throwable failure) {
    return retries(failure, DEFAULT_ADVISOR);
  }

  private static boolean retries(Throwable failure, RetryAdvisor advisor) {
    if (failure instanceof AdvisedFailure advised) {
      return advised.decision().retry();
    }
    CatalogException catalog = catalogCause(failure);
    if (catalog == null || catalog.retryAdvice().map(RetryAdvice::byRetryLayer).orElse(false)) {
      return false;
    }
    return advisor.advise(catalog, 1, idempotent(catalog), Duration.ZERO).retry();
  }

  /** Whether the request of a failure was idempotent, as the adapter that decoded it recorded; not, unsaid. */
  private static boolean idempotent(CatalogException failure) {
    return failure.retryAdvice().map(RetryAdvice::idempotent).orElse(false);
  }

  /**
   * The wait before the next attempt, on a default advisor: see {@link #interval(RetryAdvisor)}.
   */
  public static <T> IntervalBiFunction<T> interval() {
    return interval(DEFAULT_ADVISOR);
  }

  /**
   * The wait before the next attempt: the advisor's delay of an {@link AdvisedFailure}, in milliseconds; for a
   * catalog exception thrown as it is (Resilience4j's own decorators), the advisor's decision at Resilience4j's
   * attempt number, {@code -1} to stop (Resilience4j then rethrows the exception); for any other outcome (a result
   * Resilience4j was told to retry on), {@code RetryAdvisor}'s default base delay.
   */
  public static <T> IntervalBiFunction<T> interval(RetryAdvisor advisor) {
    Objects.requireNonNull(advisor, "advisor");
    return (attempt, outcome) -> {
      if (outcome.isLeft() && outcome.getLeft() instanceof AdvisedFailure advised) {
        return advised.decision().delay().toMillis();
      }
      CatalogException failure = outcome.isLeft() ? catalogCause(outcome.getLeft()) : null;
      if (failure == null) {
        return RetryAdvisor.DEFAULT_BASE_MILLIS;
      }
      boolean idempotent = idempotent(failure);
      RetryDecision decision = advisor.advise(failure, attempt, idempotent, elapsed(advisor, attempt));
      RetryAdvice advice = new RetryAdvice(decision, attempt, idempotent, true);
      failure.recordRetryAdvice(advice);
      CatalogListeners.fireRetryDecided(failure, advice);
      if (decision.stopped()) {
        PROGRESS.remove();
        CatalogListeners.fireCallEnded(failure, CatalogListener.Outcome.FAILED, attempt);
        return -1L;
      }
      return decision.delay().toMillis();
    };
  }

  /** The time since the first failure of the call on this thread (Resilience4j's predicates see no call). */
  private static Duration elapsed(RetryAdvisor advisor, int attempt) {
    Instant now = advisor.clock().instant();
    Progress progress = PROGRESS.get();
    if (attempt <= 1 || progress == null || progress.attempt() != attempt - 1) {
      PROGRESS.set(new Progress(attempt, now));
      return Duration.ZERO;
    }
    PROGRESS.set(new Progress(attempt, progress.firstFailure()));
    Duration elapsed = Duration.between(progress.firstFailure(), now);
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
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
      CatalogException[] last = new CatalogException[1];
      Supplier<T> attempt = () -> {
        try {
          return RetryAdvisor.asRetryLayer(call);
        } catch (RuntimeException thrown) {
          CatalogException failure = catalogCause(thrown);
          if (failure == null) {
            throw thrown;
          }
          last[0] = failure;
          throw advised(failure, retries, idempotent);
        }
      };
      try {
        T result = Retry.decorateSupplier(retry, attempt).get();
        if (last[0] != null) {
          CatalogListeners.fireCallEnded(last[0], CatalogListener.Outcome.RECOVERED, retries.failedAttempts() + 1);
        }
        return result;
      } catch (AdvisedFailure advised) {
        throw advised.failure();
      }
    };
  }

  /** The failure with the advisor's decision, recorded and reported; a stop for what an inner layer gave up. */
  private static AdvisedFailure advised(CatalogException failure, RetryAdvisor.Retries retries, boolean idempotent) {
    RetryAdvice inner = failure.retryAdvice().filter(RetryAdvice::byRetryLayer).orElse(null);
    if (inner != null) {
      CatalogListeners.fireCallEnded(failure, CatalogListener.Outcome.FAILED, retries.failedAttempts() + 1);
      return new AdvisedFailure(failure, RetryDecision.stop("a catalog retry layer inside gave up: " + inner.decision()));
    }
    RetryDecision decision = retries.next(failure);
    RetryAdvice advice = new RetryAdvice(decision, retries.failedAttempts(), idempotent, true);
    failure.recordRetryAdvice(advice);
    CatalogListeners.fireRetryDecided(failure, advice);
    if (decision.stopped()) {
      CatalogListeners.fireCallEnded(failure, CatalogListener.Outcome.FAILED, retries.failedAttempts());
    }
    return new AdvisedFailure(failure, decision);
  }

  /**
   * The asynchronous form: {@code Retry.decorateCompletionStage}, each wait scheduled on {@code scheduler}; the
   * stage fails with the catalog's exception of the last attempt when the advisor says stop.
   */
  public <T> Supplier<CompletionStage<T>> decorateCompletionStage(Retry retry, ScheduledExecutorService scheduler,
      boolean idempotent, Supplier<CompletionStage<T>> call) {
    return () -> {
      RetryAdvisor.Retries retries = advisor.begin(idempotent);
      CatalogException[] last = new CatalogException[1];
      Supplier<CompletionStage<T>> attempt = () -> {
        CompletableFuture<T> advised = new CompletableFuture<>();
        CompletionStage<T> stage;
        try {
          stage = RetryAdvisor.asRetryLayer(call);
        } catch (RuntimeException thrown) {
          stage = CompletableFuture.failedFuture(thrown);
        }
        stage.whenComplete((value, failure) -> {
          CatalogException catalog = failure == null ? null : catalogCause(failure);
          if (failure == null) {
            advised.complete(value);
          } else if (catalog != null) {
            synchronized (retries) {
              last[0] = catalog;
              advised.completeExceptionally(advised(catalog, retries, idempotent));
            }
          } else {
            advised.completeExceptionally(unwrap(failure));
          }
        });
        return advised;
      };
      CompletableFuture<T> result = new CompletableFuture<>();
      Retry.decorateCompletionStage(retry, scheduler, attempt).get().whenComplete((value, failure) -> {
        Throwable cause = unwrap(failure);
        if (cause == null) {
          if (last[0] != null) {
            CatalogListeners.fireCallEnded(last[0], CatalogListener.Outcome.RECOVERED, retries.failedAttempts() + 1);
          }
          result.complete(value);
        } else {
          result.completeExceptionally(cause instanceof AdvisedFailure advised ? advised.failure() : cause);
        }
      });
      return result;
    };
  }

  /** {@link CatalogException#causeOf}, or {@code null}. */
  static CatalogException catalogCause(Throwable thrown) {
    return CatalogException.causeOf(thrown).orElse(null);
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
