package dev.errorcatalog.feign;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.CatalogListener;
import dev.errorcatalog.CatalogListeners;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import feign.RetryableException;
import feign.Retryer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A Feign {@link Retryer} that follows {@link RetryAdvisor} for the catalog's errors: the entry's attempts, delays,
 * caps and window, counted per call (Feign {@linkplain #clone() clones} a retryer for each), the waits on the
 * advisor's {@link dev.errorcatalog.Sleeper}. When the advisor says stop it throws the catalog's exception itself
 * (not Feign's wrapper), its {@link CatalogException#retryAdvice()} saying a retry layer gave up (so that no catalog
 * retry layer around retries it again).
 *
 * <p>It works with a {@link CatalogErrorDecoder} on the same {@link RetryAdvisor} (the no-argument constructors of
 * both share one): for the calls this retryer runs, and only those, the decoder hands it a {@code RetryableException}
 * carrying the typed exception. <b>Inside a catalog retry layer</b> (Resilience4j's {@code CatalogRetry} decorators,
 * {@link RetryAdvisor#retry}: {@link RetryAdvisor#insideRetryLayer()}) it switches itself off: the decoder returns
 * the typed exception at once and the outer layer retries, so retries never multiply.
 *
 * <p>A {@code RetryableException} without a catalog exception inside (Feign's own, for an I/O error) is not
 * retried: it is thrown as Feign would.
 */
public final class CatalogRetryer implements Retryer {

  /** The advisor of the no-argument constructors, here and in {@link CatalogErrorDecoder}. */
  static final RetryAdvisor DEFAULT_ADVISOR = new RetryAdvisor();

  /**
   * The advisor of the catalog retryer running the current call on this thread, until the decoder takes it: Feign
   * clones the retryer, then decodes, then asks the retryer, all on the calling thread.
   */
  private static final ThreadLocal<RetryAdvisor> IN_CHARGE = new ThreadLocal<>();

  private final RetryAdvisor advisor;
  private final Instant firstAttempt;
  private int failed;

  /** A retryer on the default advisor (real time), the one {@code new CatalogErrorDecoder(decoder)} uses. */
  public CatalogRetryer() {
    this(DEFAULT_ADVISOR);
  }

  /** A retryer following {@code advisor}, waiting on its sleeper; give the decoder the same advisor. */
  public CatalogRetryer(RetryAdvisor advisor) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
    this.firstAttempt = advisor.clock().instant();
  }

  /**
   * Whether a catalog retryer on {@code advisor} runs the attempt being decoded on this thread; the answer is
   * taken (a second decode without a new attempt of the retryer says no).
   */
  static boolean takeCharge(RetryAdvisor advisor) {
    RetryAdvisor inCharge = IN_CHARGE.get();
    if (inCharge == null) {
      return false;
    }
    IN_CHARGE.remove();
    return inCharge == advisor;
  }

  /**
   * Forgets the catalog retryer of this thread: its call got a response that is no error (called by
   * {@link CatalogErrorDecoder#errorsAtSuccessStatus()}, which sees every response), so that a later call on the
   * thread, by a client without one, is not taken for its.
   */
  static void disarm() {
    IN_CHARGE.remove();
  }

  /** Called by Feign before the next attempt of a call it runs with this retryer: arms the decoder. */
  private void arm() {
    if (RetryAdvisor.insideRetryLayer()) {
      IN_CHARGE.remove(); // switched off: the outer catalog retry layer retries
    } else {
      IN_CHARGE.set(advisor);
    }
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (!(e.getCause() instanceof CatalogException failure)) {
      throw e;
    }
    boolean idempotent = e.method() != null && RetryAdvisor.isIdempotent(e.method().name());
    Duration elapsed = Duration.between(firstAttempt, advisor.clock().instant());
    int attempt = ++failed;
    RetryDecision decision = advisor.advise(failure, attempt, idempotent, elapsed.isNegative() ? Duration.ZERO : elapsed);
    RetryAdvice advice = new RetryAdvice(decision, attempt, idempotent, true);
    failure.recordRetryAdvice(advice);
    CatalogListeners.fireRetryDecided(failure, advice);
    if (decision.stopped()) {
      CatalogListeners.fireCallEnded(failure, CatalogListener.Outcome.FAILED, attempt);
      throw failure;
    }
    try {
      advisor.sleeper().sleep(decision.delay());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw failure;
    }
    arm();
  }

  /** A fresh retryer for one call: its attempts and window start now. */
  @Override
  public Retryer clone() {
    CatalogRetryer call = new CatalogRetryer(advisor);
    call.arm();
    return call;
  }
}
