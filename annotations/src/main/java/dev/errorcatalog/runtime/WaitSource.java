package dev.errorcatalog.runtime;

import java.util.Locale;
import java.util.Objects;

/**
 * One place a response says how long to wait before retrying, beyond the {@code Retry-After} header every decode
 * reads: a response header or a body field (a JSON Pointer), and the unit its value is written in. A catalog lists
 * them under {@code wait:} of a shape or an entry; the decoder reads them in order, the first readable one winning.
 *
 * @param header true for a response header (named case-insensitively), false for a body field
 * @param name the header's name, or the field's JSON Pointer
 * @param unit how the value is written
 */
public record WaitSource(boolean header, String name, Unit unit) {

  /** How a wait hint's value is written. */
  public enum Unit {
    /** A number of seconds to wait, decimals allowed ({@code 30}, {@code 2.128}). */
    SECONDS,
    /** A number of milliseconds to wait, decimals allowed. */
    MILLISECONDS,
    /** The time to wait until, as an HTTP date (RFC 9110: {@code Sun, 06 Nov 1994 08:49:37 GMT}). */
    HTTP_DATE,
    /** The time to wait until, in whole seconds since 1970-01-01T00:00:00Z ({@code x-ratelimit-reset}). */
    EPOCH_SECONDS,
    /** The time to wait until, in whole milliseconds since 1970-01-01T00:00:00Z. */
    EPOCH_MILLISECONDS,
    /**
     * The {@code RateLimit} field of the IETF httpapi rate-limit headers draft ({@code "default";r=0;t=30}): the
     * {@code t} parameter, seconds until the quota resets, of the exhausted policy ({@code r=0}).
     */
    RATELIMIT,
    /**
     * A length of time written with its unit, as protobuf's JSON {@code Duration} (Google's {@code RetryInfo}
     * {@code retryDelay}): seconds, decimals allowed, followed by {@code s} ({@code "30s"}, {@code "1.5s"}).
     */
    DURATION;

    /** The unit as a catalog writes it: {@code epoch-seconds}. */
    public String yamlName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The unit a catalog writes as {@code yamlName}, or {@code null}. */
    public static Unit ofYamlName(String yamlName) {
      for (Unit u : values()) {
        if (u.yamlName().equals(yamlName)) {
          return u;
        }
      }
      return null;
    }
  }

  public WaitSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
  }

  /** A response header holding a wait hint. */
  public static WaitSource header(String name, Unit unit) {
    return new WaitSource(true, name, unit);
  }

  /** A body field (a JSON Pointer) holding a wait hint. */
  public static WaitSource field(String pointer, Unit unit) {
    return new WaitSource(false, pointer, unit);
  }
}
