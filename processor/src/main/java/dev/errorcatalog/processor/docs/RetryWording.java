package dev.errorcatalog.processor.docs;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.WaitHint;
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
      case NEVER -> "Do not repeat the same request: it gets the same answer.";
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
    return advice(entry, entry.retry());
  }

  /** The advice for one entry under another policy: that of one of its causes. */
  static String advice(Entry entry, RetryPolicy policy) {
    String limits = limits(policy);
    return switch (policy.retryClass()) {
      case NEVER -> "Do not retry: the same request gets the same answer.";
      case AFTER_ACTION -> "Do not retry until someone has acted" + (entry.fix().isPresent() ? " (see the fix)" : "")
          + "; then send the request again." + limits;
      case BACKOFF -> "Retry with exponential backoff and jitter" + backoff(policy) + "." + limits;
      case THROTTLED -> throttled(entry, policy) + limits;
      // The API's docs speak of idempotent requests or endpoints: which ones is theirs to say, not the method's.
      case IDEMPOTENT_ONLY -> "Retry only a request that is safe to repeat (idempotent), with "
          + "exponential backoff and jitter" + backoff(policy) + ". Any other request may already have taken "
          + "effect: check before sending it again." + limits;
      case DELAYED -> policy.base()
          .map(base -> "Wait " + duration(base) + ", then retry.")
          .orElse("Wait a few seconds, then retry.") + limits;
    };
  }

  /**
   * The server's hints the catalog documents for the entry, in the order the decoder reads them, each with its
   * preposition ("for the `Retry-After` header", "until the time in the `x-ratelimit-reset` header (UTC epoch
   * seconds)"), a preposition repeated from the hint before it left out; empty when it documents none.
   */
  private static Optional<String> hints(Entry entry) {
    List<String> hints = new ArrayList<>();
    List<WaitHint> waits = entry.waitHints();
    boolean declaresRetryAfter = waits.stream().anyMatch(w -> w.header() && w.name().equalsIgnoreCase("Retry-After"));
    if (entry.sendsHeader("Retry-After") && !declaresRetryAfter) {
      hints.add("for the `Retry-After` header");
    }
    waits.forEach(w -> hints.add(hint(w)));
    entry.shape().retryAfter().ifPresent(pointer -> hints.add("for the number of seconds in the body field "
        + Markdown.code(pointer)));
    if (hints.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(hints.get(0));
    for (int i = 1; i < hints.size(); i++) {
      String preposition = hints.get(i - 1).substring(0, hints.get(i - 1).indexOf(' ') + 1);
      String hint = hints.get(i);
      out.append(", or ").append(hint.startsWith(preposition) ? hint.substring(preposition.length()) : hint);
    }
    return Optional.of(out.toString());
  }

  /** One declared hint in words, with its preposition. */
  private static String hint(WaitHint w) {
    String place = "the " + Markdown.code(w.name()) + " " + w.kind();
    if (!w.header()) {
      place = "the body field " + Markdown.code(w.name());
    }
    return switch (w.unit()) {
      case SECONDS -> "for the number of seconds in " + place;
      case MILLISECONDS -> "for the number of milliseconds in " + place;
      case HTTP_DATE, EPOCH_SECONDS, EPOCH_MILLISECONDS -> "until the time in " + place + " (" + w.unit().words() + ")";
      case RATELIMIT -> "for the seconds until the quota resets in " + place + " (its `t` parameter)";
      case DURATION -> "for the length of time in " + place + " (seconds followed by `s`, such as `30s`)";
    };
  }

  private static String throttled(Entry entry, RetryPolicy policy) {
    String backoff = policy.base().isPresent() || policy.cap().isPresent()
        ? "back off exponentially" + backoff(policy)
        : "back off exponentially with jitter";
    return hints(entry)
        .map(hint -> "Rate limited. Wait " + hint + ", then retry; without a hint, " + backoff + ".")
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
   * {@code 15 min}, {@code 2 h}, {@code 1 d}. Prose for a reader of the docs, on purpose not the catalog's
   * spelling ({@code RetrySpelling.yaml}: {@code 15m}) nor the runtime's compact one in a retry decision's reason
   * ({@code RetryAdvisor.describe}: {@code 15m}, {@code 1.5s}), which are read next to code and logs.
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
