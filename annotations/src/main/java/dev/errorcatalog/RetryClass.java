package dev.errorcatalog;

/** How a client should react to a documented error: whether, and how, the same request may be retried. */
public enum RetryClass {
  /** The same request cannot succeed: fix it (validation, not found, conflict). */
  NEVER,
  /** Someone must act first (renew a key, upload a certificate, enable a product), then retry. */
  AFTER_ACTION,
  /** Transient: retry with exponential backoff and jitter. */
  BACKOFF,
  /** Rate limited: wait for the server's hint (Retry-After, a declared wait hint, a body field), or back off. */
  THROTTLED,
  /** Retry only idempotent requests; a non-idempotent one may already have taken effect. */
  IDEMPOTENT_ONLY,
  /** Retry once the documented short wait has passed (e.g. a token not yet synced). */
  DELAYED
}
