package dev.errorcatalog.runtime;

/**
 * A decimal number read from a response (a JSON number, or a number sent as a string) in time linear in its
 * length, whatever its exponent.
 *
 * <p>Why not {@code BigDecimal}: its arithmetic costs grow with the exponent, not with the text. A body of
 * 77 bytes holding {@code 1E-20000000} made {@code setScale} compute a power of ten with twenty million
 * digits (seconds of CPU); larger exponents run for minutes. Every number a response carries (codes,
 * constants, retry hints) is read here instead, with the exponent bounded before any arithmetic.
 *
 * <p>The value is {@code (negative ? -1 : 1) * digits * 10^exponent}, where {@code digits} are the
 * significant digits without leading or trailing zeros (empty for zero).
 */
final class Decimal {

  /**
   * Exponents written beyond this are not read: no hint, no code and no constant needs them, and a bound
   * keeps every later step in {@code long} arithmetic.
   */
  static final int MAX_WRITTEN_EXPONENT = 1_000;

  private final boolean negative;
  private final String digits;
  private final long exponent;
  private final int writtenExponent;

  private Decimal(boolean negative, String digits, long exponent, int writtenExponent) {
    this.negative = negative;
    this.digits = digits;
    this.exponent = exponent;
    this.writtenExponent = writtenExponent;
  }

  /**
   * The number {@code text} writes: an optional sign, digits with an optional decimal point (at least one
   * digit), an optional exponent ({@code e} or {@code E}, a sign, digits); {@code null} for anything else,
   * and for a written exponent beyond {@link #MAX_WRITTEN_EXPONENT}. One pass over the text.
   */
  static Decimal parse(String text) {
    if (text == null) {
      return null;
    }
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    int firstSignificant = -1;
    int lastSignificant = -1;
    int digitCount = 0;
    int pointAt = -1; // the number of mantissa digits before the point
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (c != '0') {
          if (firstSignificant < 0) {
            firstSignificant = digitCount;
          }
          lastSignificant = digitCount;
        }
        digitCount++;
      } else if (c == '.' && pointAt < 0) {
        pointAt = digitCount;
      } else {
        break;
      }
    }
    if (digitCount == 0) {
      return null;
    }
    long written = 0;
    if (i < n) {
      if (text.charAt(i) != 'e' && text.charAt(i) != 'E') {
        return null;
      }
      i++;
      boolean negativeExponent = false;
      if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        negativeExponent = text.charAt(i) == '-';
        i++;
      }
      if (i == n) {
        return null;
      }
      for (; i < n; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        written = written * 10 + (c - '0');
        if (written > MAX_WRITTEN_EXPONENT) {
          return null;
        }
      }
      written = negativeExponent ? -written : written;
    }
    if (firstSignificant < 0) {
      return new Decimal(negative, "", 0, (int) written);
    }
    if (pointAt < 0) {
      pointAt = digitCount;
    }
    // The significant digits, gathered without the point; value = digits * 10^(exponent).
    StringBuilder significant = new StringBuilder(lastSignificant - firstSignificant + 1);
    int index = 0;
    for (int j = 0; j < n && index <= lastSignificant; j++) {
      char c = text.charAt(j);
      if (c >= '0' && c <= '9') {
        if (index >= firstSignificant) {
          significant.append(c);
        }
        index++;
      }
    }
    long exponent = written + pointAt - (lastSignificant + 1L);
    return new Decimal(negative, significant.toString(), exponent, (int) written);
  }

  /** The exponent as written after {@code e} ({@code 0} where there is none). */
  int writtenExponent() {
    return writtenExponent;
  }

  boolean isZero() {
    return digits.isEmpty();
  }

  boolean isNegative() {
    return negative && !isZero();
  }

  /** True when both write the same number: {@code 401}, {@code 401.0}, {@code 4.01e2}. */
  boolean sameValue(Decimal other) {
    if (isZero() || other.isZero()) {
      return isZero() && other.isZero();
    }
    return negative == other.negative && exponent == other.exponent && digits.equals(other.digits);
  }

  /**
   * This number times {@code 10^shift}, rounded half up to a whole number, when it lies in
   * {@code [0, max]}; {@code -1} when it is negative or larger than {@code max}.
   */
  long scaledHalfUp(int shift, long max) {
    if (isZero()) {
      return 0;
    }
    if (negative) {
      return -1;
    }
    long scale = exponent + shift; // the value is digits * 10^scale
    long integerDigits = digits.length() + scale;
    if (integerDigits > 18) {
      return -1;
    }
    if (integerDigits < 0) {
      return 0; // below half a unit
    }
    long whole = 0;
    for (int i = 0; i < integerDigits; i++) {
      whole = whole * 10 + (i < digits.length() ? digits.charAt(i) - '0' : 0);
    }
    if (integerDigits < digits.length() && digits.charAt((int) integerDigits) >= '5') {
      whole++;
    }
    return whole > max ? -1 : whole;
  }
}
