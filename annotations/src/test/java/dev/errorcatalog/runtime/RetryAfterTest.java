package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
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
  void anythingElseIsNoHint() {
    assertNull(RetryAfter.parseSeconds(null));
    assertNull(RetryAfter.parseSeconds(""));
    assertNull(RetryAfter.parseSeconds("-3"));
    assertNull(RetryAfter.parseSeconds("30s"));
    assertNull(RetryAfter.parseSeconds("soon"));
    assertNull(RetryAfter.parseSeconds("1".repeat(33)));
  }
}
