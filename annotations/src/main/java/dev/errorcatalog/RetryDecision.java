package dev.errorcatalog;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link RetryAdvisor} says after a failed call: retry after {@link #delay()}, or stop; either way
 * with a reason a person can read in a log.
 *
 * @param retry whether to send the request again
 * @param delay how long to wait before the next attempt; {@link Duration#ZERO} when stopping
 * @param reason why, e.g. {@code "BACKOFF: attempt 2 of 5, full jitter up to 2s"}
 */
public record RetryDecision(boolean retry, Duration delay, String reason) {

  public RetryDecision {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(reason, "reason");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay " + delay);
    }
    if (!retry && !delay.isZero()) {
      throw new IllegalArgumentException("a stop has no delay");
    }
  }

  /** Retry after this delay. */
  public static RetryDecision retryAfter(Duration delay, String reason) {
    return new RetryDecision(true, delay, reason);
  }

  /** Do not retry. */
  public static RetryDecision stop(String reason) {
    return new RetryDecision(false, Duration.ZERO, reason);
  }

  /** Whether to give up; the opposite of {@link #retry()}. */
  public boolean stopped() {
    return !retry;
  }

  @Override
  public String toString() {
    return (retry ? "retry in " + RetryRules.describe(delay) : "stop") + " (" + reason + ")";
  }
}
