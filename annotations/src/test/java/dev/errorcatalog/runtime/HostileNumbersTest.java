package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.errorcatalog.DecodedError;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers built to cost CPU: huge exponents, long digit runs, as JSON numbers and as strings, at every
 * pointer a catalog's shapes name and in headers. Each decode runs under a preemptive timeout of seconds (a
 * guard against a hang, not a measurement): the {@code BigDecimal} arithmetic these replaced took seconds
 * to minutes for a 77-byte body.
 */
class HostileNumbersTest {

  /** Generous for a slow, busy machine; the decodes take microseconds. */
  static final Duration GUARD = Duration.ofSeconds(5);

  /** Numbers whose exponent or length would make arithmetic on them expensive. */
  static List<String> hostileNumbers() {
    return List.of(
        "1E-20000000", "1e-200000000", "1E+20000000", "1e999999999", "-1E-20000000", "-1e+999999999",
        "0.5e-2147483648", "1e-9223372036854775808", "1e99999999999999999999999", "7E2147483647",
        "1" + "0".repeat(999), "0." + "0".repeat(997) + "1", "9".repeat(1000) + "e-999",
        "4" + "0".repeat(500) + "E-500", "1." + "1".repeat(998), "-" + "9".repeat(999));
  }

  @ParameterizedTest
  @MethodSource("hostileNumbers")
  void retryHintsInBodyFields(String number) {
    Duration d = assertTimeoutPreemptively(GUARD, () -> RetryAfter.parseSeconds(number));
    if (d != null) {
      assertEquals(true, d.getSeconds() <= 366L * 24 * 3600 && !d.isNegative(), number + " -> " + d);
    }
    assertTimeoutPreemptively(GUARD, () -> RetryAfter.parseSeconds(" " + number + " "));
  }

  @Test
  void hintsBeyondTheBoundsAreNoHints() {
    assertNull(RetryAfter.parseSeconds("1E-20000000"));
    assertNull(RetryAfter.parseSeconds("1e19"));
    assertNull(RetryAfter.parseSeconds("1e-19"));
    assertNull(RetryAfter.parseSeconds("31622400.001"));
    assertNull(RetryAfter.parseSeconds("-1"));
    assertNull(RetryAfter.parseSeconds("-0.001"));
    assertEquals(Duration.ZERO, RetryAfter.parseSeconds("-0"));
    assertEquals(Duration.ofDays(366), RetryAfter.parseSeconds("31622400"));
    assertEquals(Duration.ofDays(366), RetryAfter.parseSeconds("3.16224e7"));
    assertEquals(Duration.ofMillis(1500), RetryAfter.parseSeconds("1.5"));
    assertEquals(Duration.ofMillis(1001), RetryAfter.parseSeconds("1.0005"));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parseSeconds("3e1"));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parseSeconds("30" + ".0".repeat(1) + "0".repeat(990)));
    assertEquals(Duration.ZERO, RetryAfter.parseSeconds("1e-18"));
  }

  @ParameterizedTest
  @MethodSource("hostileNumbers")
  void retryAfterHeaders(String number) {
    for (String value : List.of(number, number.replace("e", "").replace("E", "").replace("-", ""), "Sun, 06 Nov "
        + number + " 08:49:37 GMT")) {
      Duration d = assertTimeoutPreemptively(GUARD, () -> RetryAfter.parseHeader(value, Clock.systemUTC()));
      if (d != null) {
        assertEquals(true, d.getSeconds() <= 366L * 24 * 3600, value + " -> " + d);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("hostileNumbers")
  void constants(String number) {
    for (Constant c : List.of(Constant.number("/x", "401"), Constant.number("/x", "1e-20000"),
        Constant.number("/x", "0"), Constant.number("/x", number))) {
      assertTimeoutPreemptively(GUARD, () -> c.matches(BodyValues.NUMBER, number));
      assertTimeoutPreemptively(GUARD, () -> c.matches(BodyValues.NUMBER, "401"));
    }
  }

  /**
   * Every pointer the catalog's shapes name holds each hostile number, as a JSON number and as a string, in
   * a body decoded at every documented status and at statuses nobody documented.
   */
  @ParameterizedTest
  @MethodSource("hostileNumbers")
  void atEveryPointerOfEveryShape(String number) {
    CatalogCodec<TestEntry> codec = AcmeCatalog.codec();
    TreeSet<Integer> statuses = new TreeSet<>(List.of(0, 200, 418, 429, 500, 503));
    AcmeCatalog.ALL.forEach(e -> statuses.add(e.httpStatus()));
    for (String body : bodiesWithNumberAtEveryPointer(codec.pointers(), number)) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      for (int status : statuses) {
        DecodedError<TestEntry> d = assertTimeoutPreemptively(GUARD,
            () -> codec.decodeUnguarded(status, Map.of("Retry-After", List.of(number)), bytes));
        assertEquals(bytes.length, d.rawBodyLength());
        d.retryAfter().ifPresent(wait -> assertEquals(true, wait.getSeconds() <= 366L * 24 * 3600, body));
      }
    }
  }

  /** One body per pointer (the number there, as a number and as a string), and one with it at all of them. */
  static List<String> bodiesWithNumberAtEveryPointer(List<String> pointers, String number) {
    List<String> bodies = new ArrayList<>();
    for (String literal : List.of(number, "\"" + number + "\"")) {
      JsonFromPointers all = new JsonFromPointers();
      for (String pointer : pointers) {
        bodies.add(new JsonFromPointers().put(pointer, literal).toJson());
        all.put(pointer, literal);
      }
      bodies.add(all.toJson());
    }
    return bodies;
  }
}
