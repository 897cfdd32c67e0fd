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

  /** True when a scalar read from a body is this constant's value. */
  boolean matches(byte kind, String value) {
    switch (this.kind) {
      case STRING:
        return kind == BodyValues.STRING && text.equals(value);
      case BOOLEAN:
        return (kind == BodyValues.TRUE || kind == BodyValues.FALSE) && text.equals(value);
      case NULL:
        return kind == BodyValues.NULL;
      default:
        if (kind != BodyValues.NUMBER) {
          return false;
        }
        if (text.equals(value)) {
          return true;
        }
        // 401 and 401.0 are the same number; only reached when the texts differ, which is rare. Compared
        // in time linear in the texts (no BigDecimal, whose cost grows with the exponent).
        Decimal written = Decimal.parse(text);
        Decimal received = Decimal.parse(value);
        return written != null && received != null && written.sameValue(received);
    }
  }
}
