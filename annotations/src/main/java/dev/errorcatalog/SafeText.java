package dev.errorcatalog;

/**
 * The one policy for text this library emits from what a response carried: exception messages
 * ({@code getMessage()}, {@code toString()}), {@link DecodedError#toString()}, and the integrations' log
 * lines and problem details. A response is untrusted input; a log line built from it must not be forged,
 * recoloured or flooded by it.
 *
 * <ul>
 *   <li>Never empty: a missing or blank message falls back to the entry's title, then to
 *       {@code "HTTP <status>, not documented"}.
 *   <li>Control characters (C0, DEL, C1), line and paragraph separators (U+2028, U+2029), bidirectional
 *       marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and
 *       lone surrogates are escaped: {@code \r}, {@code \n}, {@code \t}, else {@code \}{@code uXXXX}. A
 *       log line stays one line, and its reader sees the bytes that were sent.
 *   <li>Longer than {@value #MAX_LENGTH} characters (after escaping), the text is cut there, never inside
 *       an escape or a surrogate pair, and a marker says how long it was:
 *       {@code ... [shortened: 1048576 characters]}.
 * </ul>
 *
 * <p>{@link DecodedError#message()}, {@link DecodedError#args()} and {@link CatalogException#args()} keep
 * the full text as received: only what is shown is made safe.
 */
public final class SafeText {

  /** The longest text shown whole, in characters. */
  public static final int MAX_LENGTH = 500;

  private SafeText() {}

  /**
   * The message to show for an error: {@code message} made safe, or where it is {@code null} or blank, the
   * entry's title, or {@code "HTTP <status>, not documented"} where there is no entry (or its title is
   * blank).
   *
   * @param message the message received or formatted, may be {@code null}
   * @param error the documented entry, or {@code null}
   * @param status the HTTP status
   */
  public static String message(String message, CatalogError error, int status) {
    if (message != null && !message.isBlank()) {
      return of(message);
    }
    if (error != null && error.title() != null && !error.title().isBlank()) {
      return of(error.title());
    }
    return "HTTP " + status + ", not documented";
  }

  /**
   * {@code text} escaped and shortened as the class describes; {@code "null"} for {@code null} (as string
   * concatenation shows it), {@code ""} for {@code ""}.
   */
  public static String of(String text) {
    if (text == null) {
      return "null";
    }
    int n = text.length();
    StringBuilder out = null; // made at the first change: most texts are returned as they are
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
      int width = pair ? 2 : 1;
      String escape = pair ? null : escape(c);
      int shownWidth = escape == null ? width : escape.length();
      int shownSoFar = out == null ? i : out.length();
      if (shownSoFar + shownWidth > MAX_LENGTH) {
        if (out == null) {
          out = new StringBuilder(MAX_LENGTH + 40).append(text, 0, i);
        }
        return out.append("... [shortened: ").append(n).append(" characters]").toString();
      }
      if (escape != null && out == null) {
        out = new StringBuilder(Math.min(n, MAX_LENGTH) + 40).append(text, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(text, i, i + width);
        }
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  /** How a character outside a surrogate pair is shown escaped, or {@code null} when it is shown as it is. */
  private static String escape(char c) {
    boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
    boolean layout = c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
    if (!control && !layout && !Character.isSurrogate(c)) {
      return null;
    }
    return switch (c) {
      case '\r' -> "\\r";
      case '\n' -> "\\n";
      case '\t' -> "\\t";
      default -> String.format("\\u%04X", (int) c);
    };
  }
}
