package dev.errorcatalog;

/**
 * How a client should react to a documented error: whether, and how, the same request may be retried. Each
 * constant says what {@link RetryAdvisor} advises for it; every class also stops once the entry's {@code attempts}
 * have been made, or when waiting would end beyond its {@code window}, counted from the first attempt.
 */
public enum RetryClass {
  /** The same request cannot succeed: fix it (validation, not found, conflict). The advisor stops. */
  NEVER,
  /**
   * Someone must act first (renew a key, upload a certificate, enable a product), then retry. The advisor stops:
   * the same request cannot succeed until something changes.
   */
  AFTER_ACTION,
  /**
   * Transient: retry with full-jitter exponential backoff: the delay after attempt {@code n} (from 1) is uniformly
   * random in {@code [0, min(cap, base * 2^(n-1)))}.
   */
  BACKOFF,
  /**
   * Rate limited: wait the server's hint ({@code retryAfter}: the {@code Retry-After} header, a wait hint the
   * catalog declares, or a documented body field) exactly, never less and not capped; without a hint, back off as
   * {@link #BACKOFF}.
   */
  THROTTLED,
  /**
   * Back off as {@link #BACKOFF} if the request is idempotent; stop otherwise (a non-idempotent request may already
   * have taken effect).
   */
  IDEMPOTENT_ONLY,
  /**
   * Retry once the documented short wait has passed (e.g. a token not yet synced): wait the documented base delay
   * (no jitter: waiting less is pointless), or the server's hint if that is longer.
   */
  DELAYED
}
