package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import dev.errorcatalog.Sleeper;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A declared wait hint over real HTTP: GitHub's primary rate limit answers 403 with {@code x-ratelimit-reset} in
 * epoch seconds and no {@code Retry-After}; {@link RetryAdvisor#send} waits until that time, measured from the
 * decoder's clock, and an entry that does not declare the header is not held by it.
 */
class WaitHintHttpTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private record Limit(int httpStatus, String code, RetryClass retryClass) implements CatalogError {
    @Override public String catalogId() { return "wait"; }
    @Override public String title() { return code; }
    @Override public String messageTemplate() { return ""; }
    @Override public List<String> placeholders() { return List.of(); }
    @Override public String anchor() { return code; }
    @Override public String format(Map<String, ?> args) { return ""; }
    @Override public RetryParameters retryParameters() { return RetryParameters.NONE; }
  }

  private static final Limit PRIMARY = new Limit(403, "primary", RetryClass.THROTTLED);
  private static final Limit SECONDARY = new Limit(403, "secondary", RetryClass.THROTTLED);
  private static final ShapeRow SHAPE = ShapeRow.json("github").code("/code").build();
  private static final Map<Limit, EntryRow> ROWS = Map.of(
      PRIMARY, EntryRow.builder(403, "primary").title("Primary").shape(SHAPE).retry(RetryClass.THROTTLED)
          .waitHint(WaitSource.header("x-ratelimit-reset", WaitSource.Unit.EPOCH_SECONDS)).build(),
      SECONDARY, EntryRow.builder(403, "secondary").title("Secondary").shape(SHAPE).retry(RetryClass.THROTTLED)
          .build());
  private static final CatalogCodec<Limit> CODEC = CatalogCodec.of(List.of(SHAPE), List.of(PRIMARY, SECONDARY),
      ROWS::get, LimitException::new).withClock(Clock.fixed(NOW, ZoneOffset.UTC));

  private static final class LimitException extends CatalogException {
    private static final long serialVersionUID = 1L;

    LimitException(DecodedError<Limit> d) {
      super(d.entry().orElse(null), d.status(), d.message().orElse(""), d.args(), d.retryAfter().orElse(null),
          d.rawBody());
    }
  }

  /** Records each wait instead of sleeping. */
  private static final class Recorder implements Sleeper {
    final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration delay) {
      waits.add(delay);
    }

    @Override
    public CompletableFuture<Void> after(Duration delay) {
      waits.add(delay);
      return CompletableFuture.completedFuture(null);
    }
  }

  private static List<Duration> waitsFor(String code) throws Exception {
    ErrorDecoder<Limit> decoder = new ErrorDecoder<>() {
      @Override
      public DecodedError<Limit> decode(int status, Map<String, List<String>> headers, byte[] body) {
        return CODEC.decode(status, headers, body);
      }
    };
    Recorder recorder = new Recorder();
    RetryAdvisor advisor = new RetryAdvisor(null, Clock.fixed(NOW, ZoneOffset.UTC), recorder);
    try (LoopbackServer server = LoopbackServer.start()) {
      long reset = NOW.getEpochSecond() + 42;
      server.play(Reply.json(403, "{\"code\":\"" + code + "\",\"message\":\"API rate limit exceeded\"}")
          .with("x-ratelimit-remaining", "0").with("x-ratelimit-reset", Long.toString(reset)), 1, Reply.OK);
      URI uri = server.uri("/repos");
      String body = advisor.send(HTTP, HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
          BodyHandlers.ofString(), decoder).body();
      assertEquals(Reply.OK.text(), body);
    }
    return recorder.waits;
  }

  @Test
  void theAdvisorWaitsUntilTheDeclaredResetTime() throws Exception {
    assertEquals(List.of(Duration.ofSeconds(42)), waitsFor("primary"));
  }

  @Test
  void anEntryThatDeclaresNoHintBacksOffInstead() throws Exception {
    List<Duration> waits = waitsFor("secondary");
    assertEquals(1, waits.size());
    assertNotEquals(Duration.ofSeconds(42), waits.get(0), "backoff, not the reset");
  }
}
