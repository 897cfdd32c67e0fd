package dev.errorcatalog.testkit;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.MatchKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One row of the decision table: a server that answers {@link #reply()} to the first {@link #failures()}
 * requests and {@link Reply#OK} after, a call (idempotent or not) whose every attempt takes {@link #callTime()}
 * on the test clock, and what must happen: one wait per retry, each within its bounds, then the outcome.
 *
 * @param name a short id, used in test names and the request path
 * @param rule the rule of {@code RetryAdvisor} the row shows, in words
 * @param failures how many requests get {@code reply}; {@link #ALWAYS} for all
 * @param waits the waits between attempts, in order: as many as there are retries
 * @param outcome what the caller finally gets
 */
public record DecisionCase(
    String name,
    String rule,
    Reply reply,
    int failures,
    boolean idempotent,
    Duration callTime,
    List<Wait> waits,
    Outcome outcome) {

  /** {@link #failures()} of a server that never recovers. */
  public static final int ALWAYS = Integer.MAX_VALUE;

  public DecisionCase {
    waits = List.copyOf(waits);
  }

  /** The attempts the call makes in all: one more than the waits. */
  public int attempts() {
    return waits.size() + 1;
  }

  /** The HTTP method the row's call uses: {@code GET} when idempotent, else {@code POST}. */
  public String method() {
    return idempotent ? "GET" : "POST";
  }

  /** The bounds of one wait, both inclusive. */
  public record Wait(Duration min, Duration max) {
    public static Wait exactly(Duration d) {
      return new Wait(d, d);
    }

    /** Full jitter below a ceiling. */
    public static Wait upTo(Duration ceiling) {
      return new Wait(Duration.ZERO, ceiling);
    }

    boolean holds(Duration d) {
      return d.compareTo(min) >= 0 && d.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
      return min.equals(max) ? min.toString() : "[" + min + ", " + max + "]";
    }
  }

  /** What the caller gets in the end. */
  public sealed interface Outcome {}

  /** The call succeeds with {@link Reply#OK}'s body. */
  public record Success() implements Outcome {}

  /**
   * The call fails with this exception.
   *
   * @param entry the documented entry, or {@code null} for a response the catalog does not describe
   * @param matchKind how the decoder recognised it (checked where the decode result is at hand)
   * @param type {@link DecisionException.Documented} or {@link DecisionException.Response}
   * @param args the exception's arguments, exactly
   * @param retryAfter the server's hint the exception carries, or {@code null} for none
   */
  public record Failure(int status, DecisionError entry, MatchKind matchKind, Class<? extends DecisionException> type,
      Map<String, String> args, Duration retryAfter) implements Outcome {}

  /**
   * Checks what a client did against this row.
   *
   * @param requests the requests the server received
   * @param waits the waits the client made (on {@link TestTime}), in order
   * @param body the body of a successful call, or {@code null}
   * @param thrown what the call threw, or {@code null}; {@link CompletionException} and {@link ExecutionException}
   *     are unwrapped
   * @throws AssertionError naming the row and each difference
   */
  public void verify(int requests, List<Duration> waits, String body, Throwable thrown) {
    StringBuilder problems = new StringBuilder();
    if (requests != attempts()) {
      problems.append("\n  expected ").append(attempts()).append(" attempts, the server saw ").append(requests);
    }
    if (waits.size() != this.waits.size()) {
      problems.append("\n  expected waits ").append(this.waits).append(", got ").append(waits);
    } else {
      for (int i = 0; i < waits.size(); i++) {
        if (!this.waits.get(i).holds(waits.get(i))) {
          problems.append("\n  wait ").append(i + 1).append(" was ").append(waits.get(i)).append(", expected ")
              .append(this.waits.get(i));
        }
      }
    }
    Throwable failure = unwrap(thrown);
    if (outcome instanceof Success) {
      if (failure != null) {
        problems.append("\n  expected success, got ").append(failure);
      } else if (!Reply.OK.text().equals(body)) {
        problems.append("\n  expected the body ").append(Reply.OK.text()).append(", got ").append(body);
      }
    } else {
      Failure expected = (Failure) outcome;
      if (!expected.type().isInstance(failure)) {
        problems.append("\n  expected a ").append(expected.type().getName()).append(", got ")
            .append(failure == null ? "the body " + body : failure.toString());
        if (failure != null && !(failure instanceof CatalogException)) {
          AssertionError error = new AssertionError(toString() + problems, failure);
          throw error;
        }
      } else {
        CatalogException e = (CatalogException) failure;
        check(problems, "status", expected.status(), e.status());
        check(problems, "entry", expected.entry(), e.error().orElse(null));
        check(problems, "args", expected.args(), e.args());
        check(problems, "retryAfter", expected.retryAfter(), e.retryAfter().orElse(null));
        byte[] raw = e.rawBody();
        if (!Arrays.equals(raw, reply.content()) && !Arrays.equals(raw, reply.wire())) {
          problems.append("\n  rawBody() is not the body sent (").append(raw.length).append(" bytes)");
        }
      }
    }
    if (problems.length() > 0) {
      throw new AssertionError(toString() + problems);
    }
  }

  private static void check(StringBuilder problems, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      problems.append("\n  ").append(what).append(": expected ").append(expected).append(", got ").append(actual);
    }
  }

  /** The exception inside the wrappers of asynchronous calls. */
  public static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  @Override
  public String toString() {
    return name + ": " + reply + (failures == ALWAYS ? " always" : " x" + failures) + ", "
        + (idempotent ? "idempotent" : "not idempotent") + " -> " + attempts() + " attempts, waits " + waits
        + ", " + outcome + " (" + rule + ")";
  }
}
