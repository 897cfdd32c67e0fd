package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  @Test
  void wholeSecondsOfAnyLength() {
    assertEquals(Duration.ZERO, RetryAfter.parseSeconds("0"));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parseSeconds("30"));
    assertEquals(Duration.ofSeconds(7), RetryAfter.parseSeconds("007"));
    assertEquals(Duration.ofSeconds(366L * 24 * 3600), RetryAfter.parseSeconds("31622400"));
    assertEquals(Duration.ofSeconds(366L * 24 * 3600), RetryAfter.parseSeconds("0000031622400"));
  }

  @Test
  void beyondAYearIsNotBelievedWhateverTheForm() {
    assertNull(RetryAfter.parseSeconds("31622401"));
    assertNull(RetryAfter.parseSeconds("999999999"));
    assertNull(RetryAfter.parseSeconds("9999999999"));
    assertNull(RetryAfter.parseSeconds("31622400.5"));
  }

  @Test
  void decimalsAndPaddingGoTheLongWay() {
    assertEquals(Duration.ofMillis(2500), RetryAfter.parseSeconds("2.5"));
    assertEquals(Duration.ofMillis(1), RetryAfter.parseSeconds("0.0005"));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parseSeconds(" 30 "));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parseSeconds("3e1"));
  }

  @Test
  void aWaitIsSentAsWholeSecondsRoundedUp() {
    assertEquals(0, RetryAfter.wholeSeconds(Duration.ZERO));
    assertEquals(1, RetryAfter.wholeSeconds(Duration.ofNanos(1)));
    assertEquals(2, RetryAfter.wholeSeconds(Duration.ofMillis(1500)));
    assertEquals(30, RetryAfter.wholeSeconds(Duration.ofSeconds(30)));
    assertEquals(Long.MAX_VALUE, RetryAfter.wholeSeconds(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
  }

  @Test
  void anythingElseIsNoHint() {
    assertNull(RetryAfter.parseSeconds(null));
    assertNull(RetryAfter.parseSeconds(""));
    assertNull(RetryAfter.parseSeconds("-3"));
    assertNull(RetryAfter.parseSeconds("30s"));
    assertNull(RetryAfter.parseSeconds("soon"));
    assertNull(RetryAfter.parseSeconds("1".repeat(33)));
  }

  /** 2026-03-01T12:00:00Z, a Sunday. */
  private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void headerDeltaSeconds() {
    assertEquals(Duration.ofSeconds(120), RetryAfter.parseHeader(" 120 ", NOON));
    assertEquals(Duration.ZERO, RetryAfter.parseHeader("0", NOON));
    assertNull(RetryAfter.parseHeader("1.5", NOON));
    assertNull(RetryAfter.parseHeader("-5", NOON));
    assertNull(RetryAfter.parseHeader("99999999999999", NOON));
  }

  @Test
  void headerDatesInTheThreeFormsOfRfc9110() {
    Duration ninetySeconds = Duration.ofSeconds(90);
    assertEquals(ninetySeconds, RetryAfter.parseHeader("Sun, 01 Mar 2026 12:01:30 GMT", NOON));
    assertEquals(ninetySeconds, RetryAfter.parseHeader("Sunday, 01-Mar-26 12:01:30 GMT", NOON));
    assertEquals(ninetySeconds, RetryAfter.parseHeader("Sun Mar  1 12:01:30 2026", NOON));
    assertEquals(ninetySeconds, RetryAfter.parseHeader("Sun Mar 01 12:01:30 2026", NOON));
    // Names in any case; IMF-fixdate with a numeric offset, as some servers send it.
    assertEquals(ninetySeconds, RetryAfter.parseHeader("sunday, 01-mar-26 12:01:30 gmt", NOON));
    assertEquals(ninetySeconds, RetryAfter.parseHeader("Sun, 01 Mar 2026 13:01:30 +0100", NOON));
  }

  @Test
  void rfc850YearsMoreThanFiftyYearsAheadAreInThePast() {
    // 94 is 1994 (2094 would be more than 50 years ahead), so the date has passed: no wait.
    assertEquals(Duration.ZERO, RetryAfter.parseHeader("Sunday, 06-Nov-94 08:49:37 GMT", NOON));
    // 28 is 2028: two years ahead, beyond what is believed.
    assertNull(RetryAfter.parseHeader("Wednesday, 01-Mar-28 12:00:00 GMT", NOON));
  }

  @Test
  void headerDatesThatAreNotDatesAreNoHint() {
    assertNull(RetryAfter.parseHeader("Mon, 01 Mar 2026 12:01:30 GMT", NOON)); // 1 March 2026 is a Sunday
    assertNull(RetryAfter.parseHeader("Sunday, 32-Mar-26 12:01:30 GMT", NOON));
    assertNull(RetryAfter.parseHeader("Monday, 01-Mar-26 12:01:30 GMT", NOON));
    assertNull(RetryAfter.parseHeader("Sunday, 06-Nov-2094 08:49:37 GMT", NOON));
    assertNull(RetryAfter.parseHeader("Sun Mar 1 12:01:30", NOON));
    assertNull(RetryAfter.parseHeader("soon", NOON));
    assertNull(RetryAfter.parseHeader("Sunday, " + "x".repeat(80), NOON));
  }
}
