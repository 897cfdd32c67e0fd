package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link Decimal}: the numbers responses carry, read in linear time, agreeing with {@code BigDecimal}. */
class DecimalTest {

  @ParameterizedTest
  @CsvSource({
      "401, 401.0", "401, 4.01e2", "401, 4.01E+2", "401, 40100e-2", "401, 0401", "-5, -5.000",
      "0, -0", "0, 0.000e7", "0, 0e-1000", "1000, 1e3", "0.5, .5", "5, 5.", "5, +5"})
  void sameValue(String a, String b) {
    assertTrue(Decimal.parse(a).sameValue(Decimal.parse(b)), a + " = " + b);
    assertEquals(0, new BigDecimal(a).compareTo(new BigDecimal(b)), "BigDecimal agrees");
  }

  @ParameterizedTest
  @CsvSource({"401, 402", "401, 40.1", "401, -401", "1, 1e-1000", "1, 0", "10, 1"})
  void differentValue(String a, String b) {
    assertFalse(Decimal.parse(a).sameValue(Decimal.parse(b)), a + " != " + b);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1x", "0x10", "NaN", "Infinity", " 1",
      "1 ", "1e1001", "1e-1001", "1e99999999999999999999", "1E-20000000"})
  void notNumbers(String text) {
    assertNull(Decimal.parse(text), text);
  }

  @Test
  void scaledHalfUpMatchesBigDecimal() {
    for (String text : List.of("1.5", "1.0005", "1.0004999", "0.0005", "0.0004", "31622400", "12.345e-1",
        "999999.9995", "7", "0.000", "1e-999")) {
      long expected = new BigDecimal(text).movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP)
          .longValueExact();
      assertEquals(expected, Decimal.parse(text).scaledHalfUp(3, Long.MAX_VALUE / 10), text);
    }
  }

  @Test
  void scaledHalfUpBounds() {
    assertEquals(-1, Decimal.parse("-1").scaledHalfUp(3, 1000));
    assertEquals(0, Decimal.parse("-0").scaledHalfUp(3, 1000));
    assertEquals(1000, Decimal.parse("1").scaledHalfUp(3, 1000));
    assertEquals(-1, Decimal.parse("1.001").scaledHalfUp(3, 1000));
    assertEquals(-1, Decimal.parse("1e1000").scaledHalfUp(3, Long.MAX_VALUE));
    assertEquals(-1, Decimal.parse("9".repeat(1000)).scaledHalfUp(3, Long.MAX_VALUE));
  }

  @Test
  void thousandDigitMantissas() {
    Decimal d = Decimal.parse("5." + "0".repeat(1000));
    assertNotNull(d);
    assertEquals(5000, d.scaledHalfUp(3, Long.MAX_VALUE));
    assertTrue(d.sameValue(Decimal.parse("0".repeat(1000) + "5")));
  }
}
