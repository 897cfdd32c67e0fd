package dev.errorcatalog;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The rules {@link RetryAdvisor} advises by (its class Javadoc says them in prose): the decision per retry class,
 * the retry class of a response the catalog does not document, the backoff ceiling, its jitter, and the short
 * form of a duration that decisions' reasons are written with.
 */
final class RetryRules {

  private static final Duration DEFAULT_BASE = Duration.ofMillis(RetryAdvisor.DEFAULT_BASE_MILLIS);
  private static final Duration DEFAULT_CAP = Duration.ofSeconds(RetryAdvisor.DEFAULT_CAP_SECONDS);

  private RetryRules() {}

  /** {@link RetryAdvisor#withUndocumented}'s check of its parameters. */
  static void check(RetryParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    if (parameters.attempts().isPresent() && parameters.attempts().getAsInt() < 1) {
      throw new IllegalArgumentException("attempts counts the first call: at least 1, got "
          + parameters.attempts().getAsInt());
    }
    positive("base", parameters.base());
    positive("cap", parameters.cap());
    positive("window", parameters.window());
  }

  private static void positive(String name, Optional<Duration> value) {
    if (value.isPresent() && (value.get().isNegative() || value.get().isZero())) {
      throw new IllegalArgumentException(name + " must be positive, got " + value.get());
    }
  }

  /**
   * The advice after attempt {@code attempt} failed with this entry, or (none) with an undocumented response at this
   * status, advised with the {@code undocumented} parameters.
   *
   * @param retryAfter the server's hint, or {@code null}
   * @param random the jitter source; {@code null} for the calling thread's {@link ThreadLocalRandom}
   */
  static RetryDecision advise(Optional<? extends CatalogError> entry, int status, Duration retryAfter, int attempt,
      boolean idempotent, Duration elapsed, RetryParameters undocumented, RandomGenerator random) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt counts from 1, got " + attempt);
    }
    Objects.requireNonNull(elapsed, "elapsed");
    RetryClass retryClass;
    RetryParameters parameters;
    String what;
    if (entry.isPresent()) {
      CatalogError error = entry.get();
      if (error.isSuccess()) {
        return RetryDecision.stop(error.name() + " is a success (" + error.httpStatus() + "), not an error");
      }
      retryClass = error.retryClass();
      parameters = error.retryParameters();
      // name(), not code(): an entry the API sends no code for has code() "" (the reason would start " NEVER")
      what = error.name() + " " + retryClass;
    } else {
      retryClass = undocumented(status);
      if (retryClass == null) {
        return RetryDecision.stop("status " + status + " is not documented and not retryable");
      }
      parameters = undocumented;
      what = "undocumented " + status + " as " + retryClass;
    }

    Duration base = parameters.base().orElse(DEFAULT_BASE);
    Duration cap = parameters.cap().orElse(DEFAULT_CAP);
    Duration hint = retryAfter == null || retryAfter.isNegative() ? null : retryAfter;
    int attempts;
    Duration delay;
    String how;
    switch (retryClass) {
      case NEVER:
        return RetryDecision.stop(what + ": the same request cannot succeed; fix it");
      case AFTER_ACTION:
        return RetryDecision.stop(what + ": someone must act first, then send it again");
      case IDEMPOTENT_ONLY:
        if (!idempotent) {
          return RetryDecision.stop(what + ": the request is not idempotent and may have taken effect");
        }
        attempts = parameters.attempts().orElse(RetryAdvisor.DEFAULT_ATTEMPTS);
        delay = jitter(random, ceiling(base, cap, attempt));
        how = "full jitter up to " + describe(ceiling(base, cap, attempt));
        break;
      case THROTTLED:
        attempts = parameters.attempts().orElse(RetryAdvisor.DEFAULT_ATTEMPTS);
        if (hint != null) {
          delay = hint;
          how = "the server asked to wait " + describe(hint);
        } else {
          delay = jitter(random, ceiling(base, cap, attempt));
          how = "no server hint, full jitter up to " + describe(ceiling(base, cap, attempt));
        }
        break;
      case DELAYED:
        attempts = parameters.attempts().orElse(RetryAdvisor.DEFAULT_DELAYED_ATTEMPTS);
        if (hint != null && hint.compareTo(base) > 0) {
          delay = hint;
          how = "the server asked to wait " + describe(hint);
        } else {
          delay = base;
          how = "the documented wait of " + describe(base);
        }
        break;
      case BACKOFF:
      default:
        attempts = parameters.attempts().orElse(RetryAdvisor.DEFAULT_ATTEMPTS);
        delay = jitter(random, ceiling(base, cap, attempt));
        how = "full jitter up to " + describe(ceiling(base, cap, attempt));
        break;
    }
    if (attempt >= attempts) {
      return RetryDecision.stop(what + ": " + attempt + " of " + attempts + " attempts made");
    }
    Optional<Duration> window = parameters.window();
    if (window.isPresent() && elapsed.plus(delay).compareTo(window.get()) > 0) {
      return RetryDecision.stop(what + ": waiting " + describe(delay) + " after " + describe(elapsed)
          + " would pass the " + describe(window.get()) + " retry window");
    }
    return RetryDecision.retryAfter(delay, what + ": attempt " + (attempt + 1) + " of " + attempts + ", " + how);
  }

  /** The retry class of a response the catalog does not document, or {@code null} to stop. */
  private static RetryClass undocumented(int status) {
    if (status == 429) {
      return RetryClass.THROTTLED;
    }
    if (status == 408 || (status >= 500 && status <= 599 && status != 501 && status != 505)) {
      return RetryClass.IDEMPOTENT_ONLY;
    }
    return null;
  }

  /** {@code min(cap, base * 2^(attempt-1))}, without overflow. */
  private static Duration ceiling(Duration base, Duration cap, int attempt) {
    Duration ceiling = base;
    for (int i = 1; i < attempt && ceiling.compareTo(cap) < 0; i++) {
      ceiling = ceiling.multipliedBy(2);
    }
    return ceiling.compareTo(cap) < 0 ? ceiling : cap;
  }

  /**
   * A uniformly random delay in {@code [0, ceiling)}, to the nanosecond; to the second for a ceiling
   * beyond what a {@code long} of nanoseconds holds (292 years: only from parameters built by hand, a
   * catalog's are at most 366 days), so that no ceiling makes it throw.
   */
  private static Duration jitter(RandomGenerator random, Duration ceiling) {
    RandomGenerator source = random != null ? random : ThreadLocalRandom.current();
    double u = source.nextDouble();
    if (ceiling.getSeconds() < MAX_NANOS_SECONDS) {
      return Duration.ofNanos((long) (u * ceiling.toNanos()));
    }
    return Duration.ofSeconds((long) (u * ceiling.getSeconds()));
  }

  /** Seconds below which a duration's nanoseconds fit a {@code long}. */
  private static final long MAX_NANOS_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;

  /** A short human form: {@code 1.5s}, {@code 250ms}, {@code 2m}. */
  static String describe(Duration d) {
    if (d.getSeconds() >= Long.MAX_VALUE / 1000 - 1) {
      return d.getSeconds() + "s";
    }
    long millis = d.toMillis();
    if (millis < 1000) {
      return millis + "ms";
    }
    if (millis % 60_000 == 0) {
      return (millis / 60_000) + "m";
    }
    if (millis % 1000 == 0) {
      return (millis / 1000) + "s";
    }
    return String.format(Locale.ROOT, "%.3fs", millis / 1000.0);
  }
}
