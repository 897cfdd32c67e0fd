package dev.errorcatalog.runtime;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.util.Locale;

/** Reads retry hints: the {@code Retry-After} header (RFC 9110) and body fields holding seconds. */
final class RetryAfter {

  /** Hints beyond this are not believed (a garbled header must not park a client for centuries). */
  private static final long MAX_SECONDS = 366L * 24 * 3600;

  /**
   * A hint whose exponent is written beyond this is no hint: no wait a {@code long} of seconds can hold needs
   * a larger one ({@code 1e18} seconds), and the bound is checked before any arithmetic.
   */
  private static final int MAX_HINT_EXPONENT = 18;

  /**
   * RFC 9110's obsolete {@code rfc850-date} after its day name ({@code Sunday, 06-Nov-94 08:49:37 GMT}): the
   * day name is checked once the century of the two-digit year is known.
   */
  private static final DateTimeFormatter RFC_850 = httpDate("dd-MMM-yy HH:mm:ss 'GMT'");

  /** RFC 9110's obsolete {@code asctime-date}: {@code Sun Nov  6 08:49:37 1994} (UTC, the day padded by a space). */
  private static final DateTimeFormatter ASCTIME = httpDate("EEE MMM ppd HH:mm:ss yyyy");

  private static DateTimeFormatter httpDate(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH).withZone(ZoneOffset.UTC);
  }

  private RetryAfter() {}

  /**
   * A header value: delta-seconds, or an HTTP-date (any of RFC 9110's three forms) measured from the clock's
   * now (a date in the past means no wait); {@code null} for anything else. The clock is read only for an
   * HTTP-date: reading it costs about as much as the rest of a small decode.
   */
  static Duration parseHeader(String value, Clock clock) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return null;
    }
    if (Character.isDigit(v.charAt(0))) {
      for (int i = 0; i < v.length(); i++) {
        if (!Character.isDigit(v.charAt(i)) || v.charAt(i) > '9') {
          return null;
        }
      }
      if (v.length() > 12) {
        return null;
      }
      long seconds = Long.parseLong(v);
      return seconds > MAX_SECONDS ? null : Duration.ofSeconds(seconds);
    }
    if (v.length() > 64) {
      return null;
    }
    Instant at = httpDate(v, clock);
    if (at == null) {
      return null;
    }
    Duration wait = Duration.between(clock.instant(), at);
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.getSeconds() > MAX_SECONDS ? null : wait;
  }

  /**
   * An HTTP-date in any of the three forms RFC 9110 (5.6.7) requires a recipient to accept: IMF-fixdate
   * ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850 form and asctime; {@code null} for
   * anything else (a day name that does not fit the date included). A two-digit RFC 850 year more than 50
   * years ahead of now is the most recent such year in the past, as RFC 9110 says.
   */
  private static Instant httpDate(String v, Clock clock) {
    try {
      // The day name tells the forms apart: "Sun," (IMF-fixdate), "Sunday," (RFC 850), "Sun " (asctime).
      int comma = v.indexOf(',');
      if (comma < 0) {
        return ZonedDateTime.parse(v, ASCTIME).toInstant();
      }
      if (comma == 3) {
        return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      }
      ZonedDateTime at = ZonedDateTime.parse(v.substring(comma + 1).trim(), RFC_850);
      if (at.isAfter(ZonedDateTime.now(clock).plusYears(50))) {
        at = at.minusYears(100);
      }
      String day = at.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      return day.equalsIgnoreCase(v.substring(0, comma)) ? at.toInstant() : null;
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * A body value holding seconds (a JSON number or a numeric string, decimals and exponents allowed), rounded
   * to milliseconds; {@code null} for anything else, for a negative value, for one beyond the ceiling (366
   * days) and for an exponent written beyond {@value #MAX_HINT_EXPONENT}. Linear in the text's length
   * whatever its exponent (see {@link Decimal}).
   */
  static Duration parseSeconds(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.length() <= 9) {
      // The usual hint, a whole number of seconds: read without allocating anything but the Duration.
      long seconds = 0;
      int i = 0;
      while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        seconds = seconds * 10 + (text.charAt(i++) - '0');
      }
      if (i == text.length()) {
        return seconds > MAX_SECONDS ? null : Duration.ofSeconds(seconds);
      }
    }
    Decimal seconds = Decimal.parse(text.trim());
    if (seconds == null || Math.abs(seconds.writtenExponent()) > MAX_HINT_EXPONENT) {
      return null;
    }
    long millis = seconds.scaledHalfUp(3, MAX_SECONDS * 1000);
    return millis < 0 ? null : Duration.ofMillis(millis);
  }
}
