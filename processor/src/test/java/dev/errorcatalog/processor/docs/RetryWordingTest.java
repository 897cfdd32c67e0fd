package dev.errorcatalog.processor.docs;

import static dev.errorcatalog.processor.testing.CatalogBuilder.retry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.testing.CatalogBuilder;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.model.WaitHint;
import java.util.Optional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryWordingTest {

  private static final Shape PLAIN = CatalogBuilder.json("e", "/code", "/message");
  private static final Shape HINTED = CatalogBuilder.json("r", null, "/error", Map.of(), List.of(), "/retryAfterSeconds");

  /** The advice for an entry of this policy and shape, the API sending the given headers. */
  private static String advice(RetryPolicy policy, Shape shape, String... headers) {
    CatalogBuilder.EntryBuilder entry = CatalogBuilder.entry("E", 429, "t").shape(shape).retry(policy);
    for (String header : headers) {
      entry.header(header);
    }
    return RetryWording.advice(entry.build());
  }

  @Test
  void neverSaysFixTheRequest() {
    assertEquals("Do not retry: the same request gets the same answer.",
        advice(RetryPolicy.of(RetryClass.NEVER), PLAIN));
  }

  @Test
  void backoffStatesBaseCapAttemptsAndWindow() {
    assertEquals("Retry with exponential backoff and jitter, from 1 s, doubling, up to 8 s. At most 5 attempts in"
            + " all, the first included; stop retrying 15 min after the first attempt.",
        advice(retry(RetryClass.BACKOFF, "1s", "8s", 5, "15m"), PLAIN));
    assertEquals("Retry with exponential backoff and jitter, with waits of at most 30 s.",
        advice(retry(RetryClass.BACKOFF, null, "30s", null, null), PLAIN));
    assertEquals("Retry with exponential backoff and jitter. Make one attempt only (no retry).",
        advice(retry(RetryClass.BACKOFF, null, null, 1, null), PLAIN));
  }

  @Test
  void throttledNamesOnlyTheHintsTheCatalogDocuments() {
    assertEquals("Rate limited. The API documents no wait hint: back off exponentially with jitter, then retry.",
        advice(RetryPolicy.of(RetryClass.THROTTLED), PLAIN));
    assertEquals("Rate limited. Wait for the `Retry-After` header, then retry; without a hint, back off"
            + " exponentially with jitter.",
        advice(RetryPolicy.of(RetryClass.THROTTLED), PLAIN, "Retry-After"));
    assertEquals("Rate limited. Wait for the number of seconds in the body field `/retryAfterSeconds`, then retry;"
            + " without a hint, back off exponentially, from 1 s, doubling, up to 8 s.",
        advice(retry(RetryClass.THROTTLED, "1s", "8s", null, null), HINTED));
    assertEquals("Rate limited. Wait for the `Retry-After` header, or the number of seconds in the body field"
            + " `/retryAfterSeconds`, then retry; without a hint, back off exponentially with jitter.",
        advice(RetryPolicy.of(RetryClass.THROTTLED), HINTED, "retry-after"));
  }

  private static final SourcePosition AT = new SourcePosition("c.yaml", 1, 1);

  private static Shape waiting(WaitHint... hints) {
    return new Shape("w", BodyKind.JSON, Optional.of("/code"), Optional.of("/message"), Map.of(), List.of(),
        Optional.empty(), AT, Optional.empty(), Map.of(), false, Optional.empty(), List.of(hints));
  }

  @Test
  void throttledNamesEachDeclaredWaitHintInItsUnitInTheOrderRead() {
    Shape github = waiting(new WaitHint(true, "x-ratelimit-reset", WaitHint.Unit.EPOCH_SECONDS, AT),
        new WaitHint(false, "/retry_ms", WaitHint.Unit.MILLISECONDS, AT));
    assertEquals("Rate limited. Wait for the `Retry-After` header, or until the time in the `x-ratelimit-reset` header"
            + " (UTC epoch seconds), or for the number of milliseconds in the body field `/retry_ms`, then retry;"
            + " without a hint, back off exponentially with jitter.",
        advice(RetryPolicy.of(RetryClass.THROTTLED), github, "Retry-After"));
    // A declared Retry-After (Microsoft Graph's decimal seconds) is named once, in its unit.
    Shape graph = waiting(new WaitHint(true, "Retry-After", WaitHint.Unit.SECONDS, AT));
    assertEquals("Rate limited. Wait for the number of seconds in the `Retry-After` header, then retry; without a"
            + " hint, back off exponentially with jitter.",
        advice(RetryPolicy.of(RetryClass.THROTTLED), graph, "Retry-After"));
    Shape draft = waiting(new WaitHint(true, "RateLimit", WaitHint.Unit.RATELIMIT, AT),
        new WaitHint(true, "Expires-At", WaitHint.Unit.HTTP_DATE, AT));
    assertEquals("Rate limited. Wait for the seconds until the quota resets in the `RateLimit` header (its `t`"
            + " parameter), or until the time in the `Expires-At` header (an HTTP date), then retry; without a hint,"
            + " back off exponentially with jitter.",
        advice(RetryPolicy.of(RetryClass.THROTTLED), draft));
  }

  @Test
  void afterActionPointsAtTheFixOnlyWhenThereIsOne() {
    assertEquals("Do not retry until someone has acted; then send the request again.",
        advice(RetryPolicy.of(RetryClass.AFTER_ACTION), PLAIN));
    assertEquals("Do not retry until someone has acted (see the fix); then send the request again.",
        RetryWording.advice(CatalogBuilder.entry("E", 401, "t").retry(RetryPolicy.of(RetryClass.AFTER_ACTION))
            .fix("Renew the key.").build()));
  }

  @Test
  void otherClassesInPlainWords() {
    assertEquals("Wait a few seconds, then retry.", advice(RetryPolicy.of(RetryClass.DELAYED), PLAIN));
    assertEquals("Wait 2 s, then retry. Stop retrying 1 min after the first attempt.",
        advice(retry(RetryClass.DELAYED, "2s", null, null, "1m"), PLAIN));
    assertEquals("Retry only a request that is safe to repeat (idempotent), with exponential backoff and"
            + " jitter. Any other request may already have taken effect: check before sending it again.",
        advice(RetryPolicy.of(RetryClass.IDEMPOTENT_ONLY), PLAIN));
  }

  @Test
  void everyClassHasLabelMeaningAndAction() {
    for (RetryClass c : RetryClass.values()) {
      assertEquals(false, RetryWording.label(c).isBlank());
      assertEquals(false, RetryWording.meaning(c).isBlank());
      assertEquals(false, RetryWording.action(c).isBlank());
    }
  }

  @Test
  void durationsInTheLargestExactUnit() {
    assertEquals("500 ms", RetryWording.duration(Duration.ofMillis(500)));
    assertEquals("1500 ms", RetryWording.duration(Duration.ofMillis(1500)));
    assertEquals("0 s", RetryWording.duration(Duration.ZERO));
    assertEquals("90 s", RetryWording.duration(Duration.ofSeconds(90)));
    assertEquals("15 min", RetryWording.duration(Duration.ofMinutes(15)));
    assertEquals("2 h", RetryWording.duration(Duration.ofHours(2)));
    assertEquals("36 h", RetryWording.duration(Duration.ofHours(36)));
    assertEquals("1 d", RetryWording.duration(Duration.ofDays(1)));
  }
}
