package dev.errorcatalog.processor.model;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The documented retry advice of an entry: its class and the runtime's {@link RetryParameters}, which the
 * generated code hands to {@code RetryAdvisor} as they are here.
 */
public record RetryPolicy(RetryClass retryClass, RetryParameters parameters) {

  /**
   * A policy from its values, each parameter optional.
   *
   * @param base the first backoff delay
   * @param cap the longest single delay
   * @param attempts the most attempts in all (the first call included)
   * @param window how long retrying makes sense, from the first attempt
   */
  public RetryPolicy(RetryClass retryClass, Optional<Duration> base, Optional<Duration> cap, OptionalInt attempts,
      Optional<Duration> window) {
    this(retryClass, RetryParameters.of(base.orElse(null), cap.orElse(null),
        attempts.isPresent() ? attempts.getAsInt() : null, window.orElse(null)));
  }

  /** A policy with only a class. */
  public static RetryPolicy of(RetryClass retryClass) {
    return new RetryPolicy(retryClass, RetryParameters.NONE);
  }

  /** The first backoff delay. */
  public Optional<Duration> base() {
    return parameters.base();
  }

  /** The longest single delay. */
  public Optional<Duration> cap() {
    return parameters.cap();
  }

  /** The most attempts in all, the first call included. */
  public OptionalInt attempts() {
    return parameters.attempts();
  }

  /** How long retrying makes sense, from the first attempt. */
  public Optional<Duration> window() {
    return parameters.window();
  }
}
