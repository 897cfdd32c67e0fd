package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.errorcatalog.DecodedError;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Declared wait hints ({@link WaitSource}): each unit read against a fixed clock, hostile values refused, the
 * {@code Retry-After} header first, the entry's list replacing its shape's, the rows' text carrying an entry's list.
 */
class WaitHintTest {

  /** 2026-03-01T12:00:00Z: epoch second 1772366400. */
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock NOON = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final long EPOCH = NOW.getEpochSecond();

  private static Duration parse(String value, WaitSource.Unit unit) {
    return RetryAfter.parse(value, unit, NOON);
  }

  @Test
  void secondsAndMilliseconds() {
    assertEquals(Duration.ofSeconds(30), parse("30", WaitSource.Unit.SECONDS));
    assertEquals(Duration.ofMillis(2128), parse("2.128", WaitSource.Unit.SECONDS));
    assertEquals(Duration.ofMillis(1500), parse(" 1500 ", WaitSource.Unit.MILLISECONDS));
    assertEquals(Duration.ofMillis(2), parse("1.5", WaitSource.Unit.MILLISECONDS));
    assertEquals(Duration.ofDays(366), parse("31622400000", WaitSource.Unit.MILLISECONDS));
    assertNull(parse("31622400001", WaitSource.Unit.MILLISECONDS));
    assertNull(parse("31622401", WaitSource.Unit.SECONDS));
  }

  @Test
  void epochTimesAreMeasuredFromTheClock() {
    assertEquals(Duration.ofSeconds(90), parse(Long.toString(EPOCH + 90), WaitSource.Unit.EPOCH_SECONDS));
    assertEquals(Duration.ofMillis(90_250),
        parse(Long.toString(EPOCH * 1000 + 90_250), WaitSource.Unit.EPOCH_MILLISECONDS));
    assertEquals(Duration.ofMillis(500), parse((EPOCH) + ".5", WaitSource.Unit.EPOCH_SECONDS));
    // The past, and the epoch itself, mean no wait.
    assertEquals(Duration.ZERO, parse(Long.toString(EPOCH - 3600), WaitSource.Unit.EPOCH_SECONDS));
    assertEquals(Duration.ZERO, parse("0", WaitSource.Unit.EPOCH_SECONDS));
    assertEquals(Duration.ZERO, parse(Long.toString(EPOCH), WaitSource.Unit.EPOCH_MILLISECONDS));
    // Beyond 366 days from now: not believed.
    assertEquals(Duration.ofDays(366), parse(Long.toString(EPOCH + 366L * 86400), WaitSource.Unit.EPOCH_SECONDS));
    assertNull(parse(Long.toString(EPOCH + 366L * 86400 + 1), WaitSource.Unit.EPOCH_SECONDS));
    // Another clock, another wait: the clock is the decoder's.
    Clock later = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
    assertEquals(Duration.ofSeconds(30),
        RetryAfter.parse(Long.toString(EPOCH + 90), WaitSource.Unit.EPOCH_SECONDS, later));
  }

  @Test
  void durationsWithTheirUnit() {
    assertEquals(Duration.ofSeconds(30), parse("30s", WaitSource.Unit.DURATION));
    assertEquals(Duration.ofMillis(1500), parse("1.500s", WaitSource.Unit.DURATION));
    assertEquals(Duration.ofMillis(0), parse("0.0001s", WaitSource.Unit.DURATION));
    assertNull(parse("30", WaitSource.Unit.DURATION));
    assertNull(parse("s", WaitSource.Unit.DURATION));
    assertNull(parse("-1s", WaitSource.Unit.DURATION));
    assertNull(parse("30ms", WaitSource.Unit.DURATION));
    assertNull(parse("31622401s", WaitSource.Unit.DURATION));
  }

  @Test
  void httpDates() {
    assertEquals(Duration.ofSeconds(90), parse("Sun, 01 Mar 2026 12:01:30 GMT", WaitSource.Unit.HTTP_DATE));
    assertEquals(Duration.ZERO, parse("Sun, 01 Mar 2026 11:00:00 GMT", WaitSource.Unit.HTTP_DATE));
    assertNull(parse("120", WaitSource.Unit.HTTP_DATE));
    assertNull(parse("Sun, 01 Mar 2099 12:00:00 GMT", WaitSource.Unit.HTTP_DATE));
  }

  @Test
  void theRateLimitField() {
    assertEquals(Duration.ofSeconds(30), parse("\"default\";r=0;t=30", WaitSource.Unit.RATELIMIT));
    // The exhausted policy's reset, not the longest one's.
    assertEquals(Duration.ofSeconds(3), parse("\"daily\";r=100;t=3600, \"burst\";r=0;t=3", WaitSource.Unit.RATELIMIT));
    assertEquals(Duration.ofSeconds(60),
        parse("\"a\";r=0;t=10, \"b\";r=0;t=60, \"c\";r=5;t=900", WaitSource.Unit.RATELIMIT));
    // No policy says it is exhausted: the longest reset.
    assertEquals(Duration.ofSeconds(900), parse("\"a\";r=3;t=10, \"c\";t=900", WaitSource.Unit.RATELIMIT));
    // Names with commas and semicolons in quotes, a token name, spaces between parameters.
    assertEquals(Duration.ofSeconds(7), parse("\"x,y;t=99\"; r=0; t=7", WaitSource.Unit.RATELIMIT));
    assertEquals(Duration.ofSeconds(7), parse("default;r=0;t=7", WaitSource.Unit.RATELIMIT));
    assertNull(parse("\"default\";r=0", WaitSource.Unit.RATELIMIT));
    assertNull(parse("\"default\";r=0;t=-5", WaitSource.Unit.RATELIMIT));
    assertNull(parse("\"default\";r=0;t=31622401", WaitSource.Unit.RATELIMIT));
    assertNull(parse("\"default\";r=0;t=9999999999999999999999", WaitSource.Unit.RATELIMIT));
    assertNull(parse("\"unterminated;r=0;t=5", WaitSource.Unit.RATELIMIT));
  }

  @Test
  void hostileValuesAreNoHintAndCheap() {
    String[] hostile = {null, "", "   ", "-5", "soon", "1e999", "1e19", "NaN", "Infinity", "0x10", "30s",
        "99999999999999999999999999999999", "1".repeat(10_000), "9".repeat(64), ";;;;", ",,,,", "\"\\\"",
        "t=5", "\"d\";t=" + "9".repeat(10_000), ";t=".repeat(3000)};
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (WaitSource.Unit unit : WaitSource.Unit.values()) {
        for (String v : hostile) {
          if (unit == WaitSource.Unit.DURATION && "30s".equals(v)) {
            continue; // a duration's own form
          }
          Duration d = parse(v, unit);
          if (d != null) {
            throw new AssertionError(unit + " read " + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + " as " + d);
          }
        }
        for (int i = 0; i < 1000; i++) {
          parse("\"p\";r=0;t=1, ".repeat(80), unit); // 1,040 chars: beyond the bound, refused at once
        }
      }
    });
    assertNull(parse("-1", WaitSource.Unit.EPOCH_SECONDS));
    assertNull(parse("1e19", WaitSource.Unit.EPOCH_MILLISECONDS));
  }

  private static final TestEntry PRIMARY = new TestEntry(403, "primary", "");
  private static final TestEntry SECONDARY = new TestEntry(403, "secondary", "");
  private static final TestEntry QUOTA = new TestEntry(429, "quota", "");
  private static final TestEntry OTHER = new TestEntry(404, "other", "");

  private static final ShapeRow GITHUB = ShapeRow.json("github").code("/code").build();
  private static final ShapeRow LIMITED = ShapeRow.json("limited").code("/kind")
      .waitHint(WaitSource.header("RateLimit", WaitSource.Unit.RATELIMIT))
      .waitHint(WaitSource.field("/error/retry_at", WaitSource.Unit.EPOCH_MILLISECONDS)).build();

  private static final Map<TestEntry, EntryRow> ROWS = Map.of(
      PRIMARY, EntryRow.builder(403, "primary").title("Primary").shape(GITHUB)
          .waitHint(WaitSource.header("x-ratelimit-reset", WaitSource.Unit.EPOCH_SECONDS)).build(),
      SECONDARY, EntryRow.builder(403, "secondary").title("Secondary").shape(GITHUB).build(),
      QUOTA, EntryRow.builder(429, "quota").title("Quota").shape(LIMITED).build(),
      OTHER, EntryRow.builder(404, "other").title("Other").shape(LIMITED)
          .waitHint(WaitSource.field("/wait_ms", WaitSource.Unit.MILLISECONDS)).build());

  private static final CatalogCodec<TestEntry> CODEC = CatalogCodec.of(List.of(GITHUB, LIMITED),
      List.of(PRIMARY, SECONDARY, QUOTA, OTHER), ROWS::get, TestEntry.TestException::new).withClock(NOON);

  private static Optional<Duration> waitOf(CatalogCodec<TestEntry> codec, int status, Map<String, List<String>> headers,
      String body) {
    DecodedError<TestEntry> d = codec.decode(status, headers, body.getBytes(StandardCharsets.UTF_8));
    return d.retryAfter();
  }

  @Test
  void theDecoderReadsTheMatchedEntrysHints() {
    Map<String, List<String>> reset = Map.of("X-RateLimit-Reset", List.of(Long.toString(EPOCH + 600)));
    assertEquals(Optional.of(Duration.ofMinutes(10)), waitOf(CODEC, 403, reset, "{\"code\": \"primary\"}"));
    // An entry that does not declare the header: no hint, though the API sends the header on every response.
    assertEquals(Optional.empty(), waitOf(CODEC, 403, reset, "{\"code\": \"secondary\"}"));
    assertEquals(Optional.empty(), waitOf(CODEC, 403, reset, "{\"code\": \"unknown\"}"));
    // Retry-After first, as ever; garbage in it leaves the declared hint.
    Map<String, List<String>> both = Map.of("x-ratelimit-reset", List.of(Long.toString(EPOCH + 600)),
        "Retry-After", List.of("5"));
    assertEquals(Optional.of(Duration.ofSeconds(5)), waitOf(CODEC, 403, both, "{\"code\": \"primary\"}"));
    Map<String, List<String>> garbage = Map.of("x-ratelimit-reset", List.of(Long.toString(EPOCH + 600)),
        "Retry-After", List.of("later"));
    assertEquals(Optional.of(Duration.ofMinutes(10)), waitOf(CODEC, 403, garbage, "{\"code\": \"primary\"}"));
    // The clock is the decoder's.
    CatalogCodec<TestEntry> later = CODEC.withClock(Clock.fixed(NOW.plusSeconds(540), ZoneOffset.UTC));
    assertEquals(Optional.of(Duration.ofMinutes(1)), waitOf(later, 403, reset, "{\"code\": \"primary\"}"));
    // A 10,000-character header is no hint.
    assertEquals(Optional.empty(), waitOf(CODEC, 403, Map.of("x-ratelimit-reset", List.of("1".repeat(10_000))),
        "{\"code\": \"primary\"}"));
  }

  @Test
  void theShapesHintsInOrderAndAnEntrysListReplacesThem() {
    String quota = "{\"kind\": \"quota\", \"error\": {\"retry_at\": " + (EPOCH * 1000 + 2000) + "}}";
    assertEquals(Optional.of(Duration.ofSeconds(30)),
        waitOf(CODEC, 429, Map.of("ratelimit", List.of("\"default\";r=0;t=30")), quota));
    assertEquals(Optional.of(Duration.ofSeconds(2)), waitOf(CODEC, 429, Map.of(), quota));
    assertEquals(Optional.of(Duration.ofSeconds(2)),
        waitOf(CODEC, 429, Map.of("RateLimit", List.of("garbage")), quota));
    String other = "{\"kind\": \"other\", \"wait_ms\": 250, \"error\": {\"retry_at\": " + (EPOCH * 1000 + 2000) + "}}";
    assertEquals(Optional.of(Duration.ofMillis(250)), waitOf(CODEC, 404, Map.of(), other));
    assertEquals(Optional.empty(), waitOf(CODEC, 404, Map.of("RateLimit", List.of("\"d\";r=0;t=30")),
        "{\"kind\": \"other\"}"));
  }

  @Test
  void theRowsTextCarriesAnEntrysHintsAndReadsOlderRows() {
    List<ShapeRow> shapes = List.of(GITHUB, LIMITED);
    StringBuilder text = new StringBuilder();
    List<TestEntry> order = List.of(PRIMARY, SECONDARY, OTHER);
    for (TestEntry e : order) {
      EntryRows.encode(text, e.code(), ROWS.get(e), shapes.indexOf(ROWS.get(e).shape()));
    }
    EntryRow[] rows = new EntryRow[3];
    EntryRows.read(shapes, rows, null, 0, text.toString());
    assertEquals(ROWS.get(PRIMARY).ownWaitHints(), rows[0].ownWaitHints());
    assertEquals(List.of(), rows[1].ownWaitHints());
    assertEquals(ROWS.get(OTHER).ownWaitHints(), rows[2].ownWaitHints());
  }
}
