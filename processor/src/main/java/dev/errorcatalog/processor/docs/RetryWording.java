package dev.errorcatalog.processor.docs;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.Entry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The retry advice of the docs in plain words, derived from an entry's retry class and its documented
 * parameters: what an API consumer should do, not how the catalog spells it. Returns Markdown.
 */
final class RetryWording {

  private RetryWording() {}

  /** The short label of a class, for summary tables: "Never", "Backoff", "Idempotent only". */
  static String label(RetryClass retryClass) {
    return switch (retryClass) {
      case NEVER -> "Never";
      case AFTER_ACTION -> "After action";
      case BACKOFF -> "Backoff";
      case THROTTLED -> "Throttled";
      case IDEMPOTENT_ONLY -> "Idempotent only";
      case DELAYED -> "Delayed";
    };
  }

  /** The class as a catalog writes it: {@code after-action}. */
  static String yamlName(RetryClass retryClass) {
    return retryClass.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** What the class means, for the legend. */
  static String meaning(RetryClass retryClass) {
    return switch (retryClass) {
      case NEVER -> "The same request cannot succeed (validation, not found, conflict).";
      case AFTER_ACTION -> "Someone must act first: renew a key, upload a certificate, enable a product.";
      case BACKOFF -> "A transient failure on the server's side.";
      case THROTTLED -> "Rate limited: every rate limit is throttled, whatever its status.";
      case IDEMPOTENT_ONLY -> "A failure after which a request may or may not have taken effect.";
      case DELAYED -> "A short, known wait is needed first (e.g. a token not yet synced).";
    };
  }

  /** What a client should do, for the legend. */
  static String action(RetryClass retryClass) {
    return switch (retryClass) {
      case NEVER -> "Do not retry: fix the request.";
      case AFTER_ACTION -> "Do not retry until the action is done; then send the request again.";
      case BACKOFF -> "Retry with exponential backoff and jitter.";
      case THROTTLED -> "Wait as long as the server's hint says, where the entry documents one (a header or a "
          + "body field), then retry; without a hint, back off exponentially.";
      case IDEMPOTENT_ONLY -> "Retry idempotent requests with backoff; check the outcome before repeating "
          + "any other request.";
      case DELAYED -> "Wait the stated short time, then retry.";
    };
  }

  /**
   * The advice for one entry, one or two sentences, e.g. "Retry with exponential backoff and jitter,
   * from 1 s, doubling, up to 8 s. At most 5 attempts in all." Everything it names comes from the
   * catalog's data: a {@code Retry-After} header only where the entry says the API sends one, a body field
   * only where the shape has one, numbers only where the entry documents them, and "see the fix" only where
   * there is a fix.
   */
  static String advice(Entry entry) {
    RetryPolicy policy = entry.retry();
    String limits = limits(policy);
    return switch (policy.retryClass()) {
      case NEVER -> "Do not retry: the same request cannot succeed. Fix the request first.";
      case AFTER_ACTION -> "Do not retry until someone has acted" + (entry.fix().isPresent() ? " (see the fix)" : "")
          + "; then send the request again." + limits;
      case BACKOFF -> "Retry with exponential backoff and jitter" + backoff(policy) + "." + limits;
      case THROTTLED -> throttled(entry) + limits;
      case IDEMPOTENT_ONLY -> "Retry only idempotent requests (such as `GET`, `PUT` and `DELETE`), with "
          + "exponential backoff and jitter" + backoff(policy) + ". Any other request may already have taken "
          + "effect: check before sending it again." + limits;
      case DELAYED -> policy.base()
          .map(base -> "Wait " + duration(base) + ", then retry.")
          .orElse("Wait a few seconds, then retry.") + limits;
    };
  }

  /** The server's hints the catalog documents for the entry, in words; empty when it documents none. */
  private static Optional<String> hints(Entry entry) {
    List<String> hints = new ArrayList<>();
    if (entry.sendsHeader("Retry-After")) {
      hints.add("the `Retry-After` header");
    }
    entry.shape().retryAfter().ifPresent(pointer -> hints.add("the number of seconds in the body field "
        + Markdown.code(pointer)));
    return hints.isEmpty() ? Optional.empty() : Optional.of(String.join(", or ", hints));
  }

  private static String throttled(Entry entry) {
    RetryPolicy policy = entry.retry();
    String backoff = policy.base().isPresent() || policy.cap().isPresent()
        ? "back off exponentially" + backoff(policy)
        : "back off exponentially with jitter";
    return hints(entry)
        .map(hint -> "Rate limited. Wait for " + hint + ", then retry; without a hint, " + backoff + ".")
        .orElse("Rate limited. The API documents no wait hint: " + backoff + ", then retry.");
  }

  /** ", from 1 s, doubling, up to 8 s", or the parts of it the catalog documents, or "". */
  private static String backoff(RetryPolicy policy) {
    StringBuilder out = new StringBuilder();
    policy.base().ifPresent(base -> out.append(", from ").append(duration(base)).append(", doubling"));
    policy.cap().ifPresent(cap -> out.append(out.length() == 0 ? ", with waits of at most " : ", up to ")
        .append(duration(cap)));
    return out.toString();
  }

  /** " At most 5 attempts in all, for up to 15 min from the first." or "". */
  private static String limits(RetryPolicy policy) {
    List<String> parts = new ArrayList<>();
    policy.attempts().ifPresent(n -> parts.add(n == 1
        ? "Make one attempt only (no retry)"
        : "At most " + n + " attempts in all, the first included"));
    policy.window().ifPresent(w -> parts.add((parts.isEmpty() ? "Stop retrying " : "stop retrying ")
        + duration(w) + " after the first attempt"));
    return parts.isEmpty() ? "" : " " + String.join("; ", parts) + ".";
  }

  /**
   * A duration in the largest unit that states it exactly: {@code 500 ms}, {@code 1 s}, {@code 90 s},
   * {@code 15 min}, {@code 2 h}, {@code 1 d}.
   */
  static String duration(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 != 0) {
      return millis + " ms";
    }
    long seconds = millis / 1000;
    if (seconds == 0 || seconds % 60 != 0) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    if (minutes % 60 != 0) {
      return minutes + " min";
    }
    long hours = minutes / 60;
    return hours % 24 != 0 ? hours + " h" : hours / 24 + " d";
  }
}
