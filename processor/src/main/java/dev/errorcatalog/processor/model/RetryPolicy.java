package dev.errorcatalog.processor.model;

import dev.errorcatalog.RetryClass;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The documented retry advice of an entry.
 *
 * @param base the first backoff delay
 * @param cap the longest single delay
 * @param attempts the most attempts in all (the first call included)
 * @param window how long retrying makes sense, from the first attempt
 */
public record RetryPolicy(
    RetryClass retryClass,
    Optional<Duration> base,
    Optional<Duration> cap,
    OptionalInt attempts,
    Optional<Duration> window) {

  /** A policy with only a class. */
  public static RetryPolicy of(RetryClass retryClass) {
    return new RetryPolicy(retryClass, Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
  }
}
