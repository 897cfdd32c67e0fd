package dev.errorcatalog.runtime;

/**
 * What the text of a typed placeholder's value may be (format v1: {@code int}, {@code number}, {@code bool};
 * {@code string} is any text): the checks {@link TemplateMatcher} makes as it captures, and the encoder's check of a
 * value it is given.
 */
final class PlaceholderValues {

  private PlaceholderValues() {}

  /**
   * False when the first placeholder is an int or a number followed by a literal, and that literal starts
   * nowhere the value could end: right after a run of digits, signs and points from {@code pos}. Then
   * {@code TemplateMatcher.matchFrom} would fail too (its first search finds the literal beyond that run, or not
   * at all, and gives up: {@link #hopeless}), only after searching the rest of the message: checked first, an
   * undocumented message costs each template that starts like it a few characters, however long it is.
   */
  static boolean literalMayFollowNumber(Template.Type type, String literal, String message, int pos, int limit) {
    if ((type != Template.Type.INT && type != Template.Type.NUMBER) || literal.isEmpty()) {
      return true;
    }
    for (int end = pos + 1; end + literal.length() <= limit; end++) {
      char c = message.charAt(end - 1);
      if ((c < '0' || c > '9') && c != '-' && c != '.') {
        return false;
      }
      if (message.startsWith(literal, end)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code c}, at {@code offset} in a value, may belong to a value of the (non-string) type. */
  static boolean mayContinue(Template.Type type, char c, int offset) {
    if (type == Template.Type.BOOL) {
      return offset < 5 && c >= 'a' && c <= 'u';
    }
    return (c >= '0' && c <= '9') || c == '-' || c == '.';
  }

  /** True when no longer span starting at {@code pos} can be a value of the type either. */
  static boolean hopeless(Template.Type type, String s, int pos, int end) {
    switch (type) {
      case STRING:
        return false;
      case BOOL:
        return end - pos > 5;
      default:
        for (int k = pos; k < end; k++) {
          char c = s.charAt(k);
          if ((c < '0' || c > '9') && c != '-' && c != '.') {
            return true;
          }
        }
        return false;
    }
  }

  /** True when {@code s[pos, end)} is a value of the type (format v1: int, number, bool; string is any text). */
  static boolean valid(Template.Type type, String s, int pos, int end) {
    if (end <= pos) {
      return false;
    }
    switch (type) {
      case STRING:
        return true;
      case BOOL:
        return regionIs(s, pos, end, "true") || regionIs(s, pos, end, "false");
      case INT: {
        int start = s.charAt(pos) == '-' ? pos + 1 : pos;
        return start < end && digits(s, start, end) == end;
      }
      default: {
        int start = s.charAt(pos) == '-' ? pos + 1 : pos;
        int k = digits(s, start, end);
        if (k == start) {
          return false;
        }
        if (k == end) {
          return true;
        }
        if (s.charAt(k) != '.') {
          return false;
        }
        return digits(s, k + 1, end) == end && k + 1 < end;
      }
    }
  }

  /** The index after a run of at least one digit from {@code pos}, or {@code pos} when there is none. */
  private static int digits(String s, int pos, int end) {
    int k = pos;
    while (k < end && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    return k;
  }

  private static boolean regionIs(String s, int pos, int end, String word) {
    if (end - pos != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (s.charAt(pos + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
