package dev.errorcatalog.processor.model;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A catalog's value as a diagnostic echoes it. A writer must be able to read the message on one terminal
 * line whatever the value holds: a value of 5,000 digits, a title of a megabyte, a code with a line break,
 * a NUL or an invisible space. So every echoed value is cut to {@value #MAX_SHOWN} characters (saying how long
 * it really is), and every character without a visible form of its own is written as an escape.
 */
public final class Shown {

  /** The most characters of a value a message shows. */
  public static final int MAX_SHOWN = 80;

  private Shown() {}

  /** {@code 'value'}, escaped and cut: {@code 'A\nB'}, {@code '99999…' (5,000 characters)}. */
  public static String quoted(String value) {
    return quoted(value, '\'');
  }

  /** As {@link #quoted(String)}, between double quotes (for a fix that shows the value to write). */
  public static String doubleQuoted(String value) {
    return quoted(value, '"');
  }

  /** The value escaped and cut, without quotes: for values a message shows bare (a number, a code). */
  public static String bare(String value) {
    String escaped = escape(value);
    return escaped.length() <= MAX_SHOWN ? escaped : cut(escaped) + "… (" + count(value) + ")";
  }

  private static String quoted(String value, char quote) {
    String escaped = escape(value);
    if (escaped.length() <= MAX_SHOWN) {
      return quote + escaped + quote;
    }
    return quote + cut(escaped) + "…" + quote + " (" + count(value) + ")";
  }

  /** True when the value would be shown other than as written (cut, or with escapes). */
  public static boolean altered(String value) {
    return value.length() > MAX_SHOWN || !escape(value).equals(value);
  }

  /**
   * The value with each character that shows nothing or moves the text escaped: line breaks and tabs as
   * {@code \n}, {@code \r}, {@code \t}; other control characters, invisible spaces and joiners, direction
   * marks and overrides, and the byte order mark as {@code \u200B}. A backslash is left as written.
   */
  public static String escape(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String escape = escapeOf(c);
      if (escape != null && out == null) {
        out = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? value : out.toString();
  }

  /** The escape of a character without a visible form of its own, or {@code null} for a visible one. */
  public static String escapeOf(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> invisible(c) ? String.format("\\u%04X", (int) c) : null;
    };
  }

  /** {@code U+00A0 (no-break space)}: how a message names one character. */
  public static String character(int codePoint) {
    String name = Character.getName(codePoint);
    String code = String.format("U+%04X", codePoint);
    return name == null ? code : code + " (" + name.toLowerCase(Locale.ROOT) + ")";
  }

  /**
   * Characters with no visible form of their own, or that change how the text around them shows: C0 and C1
   * controls, the no-break and other odd spaces, zero-width characters, the line and paragraph separators,
   * bidirectional marks, embeddings, overrides and isolates, and the byte order mark.
   */
  public static boolean invisible(char c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    return switch (c) {
      case '\u00A0', '\u00AD', '\u034F', '\u061C', '\u115F', '\u1160', '\u180E', '\u2028', '\u2029', '\u202F',
          '\u205F', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\u3000', '\u3164', '\uFEFF', '\uFFA0' -> true;
      default -> (c >= '\u2000' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u206F') || (c >= '\uFFF0' && c <= '\uFFF8');
    };
  }

  /** The first {@link #MAX_SHOWN} characters of an escaped value, never ending inside an escape or a pair. */
  private static String cut(String escaped) {
    int end = MAX_SHOWN;
    int backslash = escaped.lastIndexOf('\\', end - 1);
    if (backslash >= 0 && backslash > end - 6) {
      end = backslash;
    }
    if (end > 0 && Character.isHighSurrogate(escaped.charAt(end - 1))) {
      end--;
    }
    return escaped.substring(0, end);
  }

  /** {@code 5,000 characters}. */
  private static String count(String value) {
    int n = value.length();
    return number(n) + (n == 1 ? " character" : " characters");
  }

  /** A count as messages write it: {@code 65,536}. */
  public static String number(long n) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
  }
}
