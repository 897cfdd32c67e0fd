package dev.errorcatalog;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The one retry loop of the runtime ({@link RetryAdvisor#retry} and {@link RetryAdvisor#retryAsync}), which every
 * adapter that retries by itself runs: each failed attempt's catalog exception is advised, the advice recorded on
 * it ({@link CatalogException#recordRetryAdvice}) and reported ({@link CatalogListeners}), the wait made on the
 * advisor's {@link Sleeper}, and the typed exception itself thrown when the advisor says stop.
 */
final class RetryLoop {

  /** How many catalog retry layers run an attempt on this thread (see {@link RetryAdvisor#insideRetryLayer()}). */
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private RetryLoop() {}

  static boolean inside() {
    return DEPTH.get()[0] > 0;
  }

  static <T> T asLayer(Supplier<T> action) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      return action.get();
    } finally {
      depth[0]--;
    }
  }

  static <T, X extends Exception> T retry(RetryAdvisor advisor, boolean idempotent,
      RetryAdvisor.Attempt<T, X> attempt) throws X, InterruptedException {
    RetryAdvisor.Retries retries = advisor.begin(idempotent);
    CatalogException last = null;
    while (true) {
      T result;
      int[] depth = DEPTH.get();
      depth[0]++;
      try {
        result = attempt.call();
      } catch (RuntimeException | Error e) {
        last = catalogFailure(e, last);
        RetryDecision decision = decide(retries, idempotent, last, e);
        advisor.sleeper().sleep(decision.delay());
        continue;
      } catch (Exception e) {
        CatalogException failure = catalogCause(e);
        if (failure == null) {
          throw e;
        }
        last = failure;
        RetryDecision decision = decide(retries, idempotent, last, e);
        advisor.sleeper().sleep(decision.delay());
        continue;
      } finally {
        depth[0]--;
      }
      if (last != null) {
        CatalogListeners.fireCallEnded(last, CatalogListener.Outcome.RECOVERED, retries.failedAttempts() + 1);
      }
      return result;
    }
  }

  /** The catalog exception of an unchecked failure; any other is rethrown as it is. */
  private static CatalogException catalogFailure(Throwable e, CatalogException last) {
    CatalogException failure = catalogCause(e);
    if (failure == null) {
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) e;
    }
    return failure;
  }

  /**
   * The advice after a failed attempt, recorded and reported; throws the typed exception when it says stop (also
   * at once for an exception an inner catalog retry layer already acted on: retries never multiply).
   */
  private static RetryDecision decide(RetryAdvisor.Retries retries, boolean idempotent, CatalogException failure,
      Throwable thrown) {
    RetryAdvice inner = failure.retryAdvice().filter(RetryAdvice::byRetryLayer).orElse(null);
    if (inner != null) {
      CatalogListeners.fireCallEnded(failure, CatalogListener.Outcome.FAILED, retries.failedAttempts() + 1);
      throw failure;
    }
    RetryDecision decision = retries.next(failure);
    RetryAdvice advice = new RetryAdvice(decision, retries.failedAttempts(), idempotent, true);
    failure.recordRetryAdvice(advice);
    CatalogListeners.fireRetryDecided(failure, advice);
    if (decision.stopped()) {
      CatalogListeners.fireCallEnded(failure, CatalogListener.Outcome.FAILED, retries.failedAttempts());
      throw failure;
    }
    return decision;
  }

  static <T> CompletableFuture<T> retryAsync(RetryAdvisor advisor, boolean idempotent,
      Supplier<? extends CompletionStage<T>> attempt) {
    CompletableFuture<T> result = new CompletableFuture<>();
    next(advisor, advisor.begin(idempotent), idempotent, attempt, result, null);
    return result;
  }

  /** One attempt, and the next chained after the advisor's wait: no thread is held while waiting. */
  private static <T> void next(RetryAdvisor advisor, RetryAdvisor.Retries retries, boolean idempotent,
      Supplier<? extends CompletionStage<T>> attempt, CompletableFuture<T> result, CatalogException last) {
    if (result.isDone()) {
      return; // cancelled by the caller: no further attempt
    }
    CompletionStage<T> stage;
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      stage = attempt.get();
    } catch (RuntimeException | Error e) {
      stage = CompletableFuture.failedFuture(e);
    } finally {
      depth[0]--;
    }
    stage.whenComplete((value, thrown) -> {
      if (thrown == null) {
        if (last != null) {
          CatalogListeners.fireCallEnded(last, CatalogListener.Outcome.RECOVERED, retries.failedAttempts() + 1);
        }
        result.complete(value);
        return;
      }
      CatalogException failure = catalogCause(thrown);
      if (failure == null) {
        result.completeExceptionally(unwrapCompletion(thrown));
        return;
      }
      RetryDecision decision;
      try {
        decision = decide(retries, idempotent, failure, thrown);
      } catch (CatalogException stop) {
        result.completeExceptionally(stop);
        return;
      }
      advisor.sleeper().after(decision.delay()).whenComplete((ignored, timer) -> {
        if (timer != null) {
          result.completeExceptionally(failure);
        } else {
          next(advisor, retries, idempotent, attempt, result, failure);
        }
      });
    });
  }

  /** {@link CatalogException#causeOf}, or {@code null}. */
  static CatalogException catalogCause(Throwable thrown) {
    return CatalogException.causeOf(thrown).orElse(null);
  }

  private static Throwable unwrapCompletion(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
