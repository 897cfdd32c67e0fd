package dev.errorcatalog.runtime;

/**
 * The media type of a {@code Content-Type} value ({@code type/subtype}, before any {@code ;} parameters), compared
 * without making a String: decodes that carry headers read it on every call.
 */
final class MediaType {

  private MediaType() {}

  /**
   * Whether {@code contentType} is the media type {@code type} (lower-case ASCII), in any ASCII case, with any
   * parameters and surrounding whitespace: {@code Text/HTML; charset=utf-8} is {@code text/html}. {@code null} is
   * no media type.
   */
  static boolean is(String contentType, String type) {
    if (contentType == null) {
      return false;
    }
    int start = 0;
    int end = contentType.indexOf(';');
    if (end < 0) {
      end = contentType.length();
    }
    while (start < end && Character.isWhitespace(contentType.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(contentType.charAt(end - 1))) {
      end--;
    }
    if (end - start != type.length()) {
      return false;
    }
    for (int i = 0; i < type.length(); i++) {
      char c = contentType.charAt(start + i);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != type.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
