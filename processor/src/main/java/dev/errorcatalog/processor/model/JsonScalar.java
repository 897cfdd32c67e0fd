package dev.errorcatalog.processor.model;

import dev.errorcatalog.runtime.JsonStrings;

/** A constant JSON value a shape or entry expects at a pointer ({@code when:}). */
public record JsonScalar(Kind kind, String text) {

  /** The JSON type of the value. */
  public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

  /**
   * The value as decoders compare it, whatever JSON type it is written as: {@code 403}, {@code 403.0} and
   * {@code "403"} have one key, {@code false} and {@code "false"} another; other strings are themselves.
   */
  public String valueKey() {
    if (kind == Kind.NULL) {
      return "null";
    }
    if (text.equals("true") || text.equals("false")) {
      return "bool:" + text;
    }
    if (text.length() <= 200 && (kind == Kind.NUMBER || NUMBER.matcher(text).matches())) {
      try {
        // At most 200 characters (longer ones are keyed as written: no arithmetic on them), and the
        // scientific form keeps a written exponent of any size short.
        return "number:" + new java.math.BigDecimal(text).stripTrailingZeros();
      } catch (NumberFormatException | ArithmeticException e) {
        return "number:" + text;
      }
    }
    return "string:" + text;
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?(0|[1-9][0-9]{0,99})(\\.[0-9]{1,100})?([eE][+-]?[0-9]{1,9})?");

  /** The value as a JSON literal, e.g. {@code "BusinessException"}, {@code false}, {@code 401}. */
  public String toJson() {
    if (kind != Kind.STRING) {
      return text;
    }
    return JsonStrings.quote(text);
  }
}
