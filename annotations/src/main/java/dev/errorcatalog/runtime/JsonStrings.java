package dev.errorcatalog.runtime;

/**
 * JSON string literals, for the encoders at run time and for the processor's constants at build time: one
 * escaper, so that a body written by a service and a constant checked by the build cannot disagree.
 */
public final class JsonStrings {

  private JsonStrings() {}

  /** A JSON string literal for any Java string: control characters and lone surrogates escaped. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    appendQuoted(text, out);
    return out.toString();
  }

  static void appendQuoted(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean loneSurrogate = Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || loneSurrogate) {
            out.append("\\u");
            String hex = Integer.toHexString(c);
            for (int pad = hex.length(); pad < 4; pad++) {
              out.append('0');
            }
            out.append(hex);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
