package dev.errorcatalog;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The retry parameters a catalog documents for an entry; each may be absent, and then
 * {@code RetryAdvisor} applies its documented default.
 *
 * @param base the first backoff delay
 * @param cap the longest single delay
 * @param attempts the most attempts in all, the first call included
 * @param window how long retrying makes sense, counted from the first attempt
 */
public record RetryParameters(
    Optional<Duration> base, Optional<Duration> cap, OptionalInt attempts, Optional<Duration> window) {

  /** No documented parameters. */
  public static final RetryParameters NONE =
      new RetryParameters(Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());

  /** Builds parameters from nullable values; generated code calls this. */
  public static RetryParameters of(Duration base, Duration cap, Integer attempts, Duration window) {
    if (base == null && cap == null && attempts == null && window == null) {
      return NONE;
    }
    return new RetryParameters(
        Optional.ofNullable(base),
        Optional.ofNullable(cap),
        attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts),
        Optional.ofNullable(window));
  }
}
