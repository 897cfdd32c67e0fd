package dev.errorcatalog.runtime;

/**
 * The first bytes of a body read as ASCII, to tell what kind of body it is without decoding it: at most
 * {@link #LIMIT} bytes are looked at, whatever the body's size. A byte order mark at the start is skipped and NUL
 * bytes are passed over, so that a body in UTF-16 or UTF-32 (whose ASCII characters carry zero bytes beside
 * them) reads as the ASCII it starts with.
 */
final class LeadingBytes {

  /** How many bytes of a body are looked at, at most. */
  static final int LIMIT = 1024;

  private LeadingBytes() {}

  /** The end of what is looked at: the body's length, or {@link #LIMIT}. */
  static int end(byte[] body) {
    return Math.min(body.length, LIMIT);
  }

  /** The index of the first significant byte: after a byte order mark (UTF-8, UTF-16, UTF-32), NULs and whitespace. */
  static int first(byte[] body, int end) {
    int i = BodyParsers.bomLength(body);
    if (i == 0) {
      i = skipNul(body, 0, end); // a UTF-32BE mark starts with two
      if (i + 1 < end && ((body[i] & 0xFF) == 0xFE && (body[i + 1] & 0xFF) == 0xFF
          || (body[i] & 0xFF) == 0xFF && (body[i + 1] & 0xFF) == 0xFE)) {
        i += 2;
      }
    }
    return skipSpace(body, i, end);
  }

  /** The index of the first byte from {@code from} that is neither NUL nor whitespace, or {@code end}. */
  static int skipSpace(byte[] body, int from, int end) {
    int i = from;
    while (i < end && (body[i] == 0 || isSpace(body[i]))) {
      i++;
    }
    return i;
  }

  /**
   * Whether a byte is ASCII whitespace as {@link String#strip()} sees it (which trims text bodies): space, tab,
   * line feed, vertical tab, form feed, carriage return and the separators U+001C to U+001F.
   */
  static boolean isSpace(byte b) {
    return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
  }

  /**
   * The index after {@code word} (lower-case ASCII) when the bytes from {@code from} spell it in any case, NULs
   * passed over; else -1.
   */
  static int match(byte[] body, int from, int end, String word) {
    int i = from;
    for (int k = 0; k < word.length(); k++) {
      i = skipNul(body, i, end);
      if (i == end || lower(body[i]) != word.charAt(k)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /** The index after the first {@code word} at or after {@code from}; -1 when it is not within the bytes looked at. */
  static int after(byte[] body, int from, int end, String word) {
    for (int i = from; i < end; i++) {
      int after = match(body, i, end, word);
      if (after >= 0) {
        return after;
      }
    }
    return -1;
  }

  /** The byte at the first index from {@code from} that is not NUL, or -1 at the end. */
  static int next(byte[] body, int from, int end) {
    int i = skipNul(body, from, end);
    return i == end ? -1 : body[i];
  }

  private static int skipNul(byte[] body, int from, int end) {
    int i = from;
    while (i < end && body[i] == 0) {
      i++;
    }
    return i;
  }

  private static char lower(byte b) {
    return (char) (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b & 0xFF);
  }
}
