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

/**
 * Reads retry hints: the {@code Retry-After} header (RFC 9110), body fields holding seconds, and the wait hints a
 * catalog declares ({@link WaitSource}) in their units. Every parse is linear in the value's length and bounded
 * (longer values are no hint); none uses a regular expression.
 */
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

  /** A declared hint longer than this is no hint (a {@code RateLimit} field lists a few policies at most). */
  static final int MAX_HINT_LENGTH = 1024;

  /** A number (seconds, milliseconds, an epoch time) written longer than this is no hint. */
  private static final int MAX_NUMBER_LENGTH = 64;

  private RetryAfter() {}

  /**
   * A wait in the whole seconds a {@code Retry-After} header or a body's seconds field carries, rounded up: a
   * client told fewer seconds than the server asked would come back too early (1.5 s is 2, 0.2 s is 1).
   */
  static long wholeSeconds(Duration wait) {
    long seconds = wait.getSeconds();
    return wait.getNano() > 0 && seconds < Long.MAX_VALUE ? seconds + 1 : seconds;
  }

  /**
   * A declared hint's value in its unit, measured from the clock's now where the unit is a time (a time in the past
   * means no wait); {@code null} for anything unreadable, negative, or beyond the ceiling (366 days), as for
   * {@code Retry-After}. The clock is read only for the units that are times.
   */
  static Duration parse(String value, WaitSource.Unit unit, Clock clock) {
    if (value == null || value.length() > MAX_HINT_LENGTH) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty() || (unit != WaitSource.Unit.RATELIMIT && v.length() > MAX_NUMBER_LENGTH)) {
      return null;
    }
    return switch (unit) {
      case SECONDS -> parseSeconds(v);
      case MILLISECONDS -> millis(scaled(v, 0, MAX_SECONDS * 1000));
      case HTTP_DATE -> Character.isDigit(v.charAt(0)) ? null : until(httpDate(v, clock), clock);
      case EPOCH_SECONDS -> untilEpochMillis(scaled(v, 3, Long.MAX_VALUE), clock);
      case EPOCH_MILLISECONDS -> untilEpochMillis(scaled(v, 0, Long.MAX_VALUE), clock);
      case RATELIMIT -> rateLimit(v);
      case DURATION -> v.length() > 1 && v.charAt(v.length() - 1) == 's'
          ? parseSeconds(v.substring(0, v.length() - 1)) : null;
    };
  }

  /** A non-negative decimal number times 10^shift, rounded half up; -1 for anything else or beyond {@code max}. */
  private static long scaled(String v, int shift, long max) {
    Decimal d = Decimal.parse(v);
    if (d == null || Math.abs(d.writtenExponent()) > MAX_HINT_EXPONENT) {
      return -1;
    }
    return d.scaledHalfUp(shift, max);
  }

  private static Duration millis(long millis) {
    return millis < 0 ? null : Duration.ofMillis(millis);
  }

  private static Duration untilEpochMillis(long epochMillis, Clock clock) {
    if (epochMillis < 0) {
      return null;
    }
    long wait = epochMillis - clock.millis();
    if (wait <= 0) {
      return Duration.ZERO;
    }
    return wait > MAX_SECONDS * 1000 ? null : Duration.ofMillis(wait);
  }

  private static Duration until(Instant at, Clock clock) {
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
   * The {@code RateLimit} field of the IETF httpapi rate-limit headers draft, a structured-field list of policies,
   * each a name with parameters: {@code "default";r=0;t=30, "daily";r=100;t=3600}. The wait is the largest
   * {@code t} (seconds until the quota resets) among the exhausted policies ({@code r=0}); where no policy says it
   * is exhausted, the largest {@code t} of any. {@code null} where no policy has a readable {@code t}. One pass.
   */
  private static Duration rateLimit(String v) {
    long exhausted = -1;
    long any = -1;
    int n = v.length();
    int i = 0;
    while (i < n) {
      long r = -1;
      long t = -1;
      // The policy's name: a quoted string (with escapes) or a token, up to its parameters.
      boolean quoted = false;
      while (i < n) {
        char c = v.charAt(i);
        if (quoted) {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            quoted = false;
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ';' || c == ',') {
          break;
        }
        i++;
      }
      while (i < n && v.charAt(i) == ';') {
        i++;
        while (i < n && v.charAt(i) == ' ') {
          i++;
        }
        int keyStart = i;
        while (i < n && v.charAt(i) != '=' && v.charAt(i) != ';' && v.charAt(i) != ',') {
          i++;
        }
        String key = v.substring(keyStart, i);
        long number = -1;
        if (i < n && v.charAt(i) == '=') {
          i++;
          int valueStart = i;
          while (i < n && v.charAt(i) != ';' && v.charAt(i) != ',') {
            i++;
          }
          number = integer(v, valueStart, i);
        }
        if (key.equals("r")) {
          r = number;
        } else if (key.equals("t")) {
          t = number;
        }
      }
      if (t >= 0) {
        any = Math.max(any, t);
        if (r == 0) {
          exhausted = Math.max(exhausted, t);
        }
      }
      // The next policy (anything malformed up to it is skipped).
      while (i < n && v.charAt(i) != ',') {
        i++;
      }
      i++;
    }
    long seconds = exhausted >= 0 ? exhausted : any;
    return seconds < 0 || seconds > MAX_SECONDS ? null : Duration.ofSeconds(seconds);
  }

  /** A structured-field integer (digits only, at most 15) between the indexes, or -1. */
  private static long integer(String v, int from, int to) {
    if (to <= from || to - from > 15) {
      return -1;
    }
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

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
    return until(httpDate(v, clock), clock);
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
