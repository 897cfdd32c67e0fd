package dev.errorcatalog.runtime;

import java.util.Objects;

/**
 * A constant a body carries at a pointer ({@code when:} of a shape or an entry): decoders match only bodies
 * that carry it, encoders always write it.
 *
 * @param pointer an RFC 6901 JSON Pointer
 * @param text the value as text: the string itself, the number as written, {@code true}/{@code false}, or
 *     {@code null}
 */
public record Constant(String pointer, Kind kind, String text) {

  /** The JSON type of the value. */
  public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

  public Constant {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** A string constant: {@code /status: BusinessException}. */
  public static Constant string(String pointer, String value) {
    return new Constant(pointer, Kind.STRING, value);
  }

  /** A number constant, as written: {@code /httpStatus: 401}. */
  public static Constant number(String pointer, String value) {
    return new Constant(pointer, Kind.NUMBER, value);
  }

  /** A boolean constant: {@code /success: false}. */
  public static Constant bool(String pointer, boolean value) {
    return new Constant(pointer, Kind.BOOLEAN, Boolean.toString(value));
  }

  /** A {@code null} constant. */
  public static Constant nullValue(String pointer) {
    return new Constant(pointer, Kind.NULL, "null");
  }

  /**
   * True when a scalar read from a body is this constant's value. Values compare by value, whatever JSON
   * type they arrive as: {@code 403} matches {@code 403}, {@code 403.0} and {@code "403"}; {@code false}
   * matches {@code false} and {@code "false"}; a string constant {@code "403"} matches the number
   * {@code 403}. Two strings compare as text ({@code "1.0"} is not {@code "1"}); {@code null} matches only
   * {@code null}. Linear in the texts' length (no {@code BigDecimal}, whose cost grows with the exponent).
   */
  boolean matches(byte kind, String value) {
    if (kind == BodyValues.NULL || this.kind == Kind.NULL) {
      return kind == BodyValues.NULL && this.kind == Kind.NULL;
    }
    if (kind != BodyValues.STRING && kind != BodyValues.NUMBER && kind != BodyValues.TRUE
        && kind != BodyValues.FALSE) {
      return false; // absent, or an object or array
    }
    if (text.equals(value)) {
      return true; // the same text: "403" and 403, "false" and false, the same string
    }
    if (this.kind == Kind.NUMBER || kind == BodyValues.NUMBER) {
      // 401 and 401.0 (or "401.0") are the same number; only reached when the texts differ, which is rare.
      Decimal written = Decimal.parse(text);
      Decimal received = Decimal.parse(value);
      return written != null && received != null && written.sameValue(received);
    }
    return false;
  }
}
