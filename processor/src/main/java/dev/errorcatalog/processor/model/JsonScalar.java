package dev.errorcatalog.processor.model;

/** A constant JSON value a shape or entry expects at a pointer ({@code when:}). */
public record JsonScalar(Kind kind, String text) {

  /** The JSON type of the value. */
  public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

  /** The value as a JSON literal, e.g. {@code "BusinessException"}, {@code false}, {@code 401}. */
  public String toJson() {
    if (kind != Kind.STRING) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
