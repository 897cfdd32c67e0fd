package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON Pointers split into their reference tokens ({@code ~1} is {@code /}, {@code ~0} is {@code ~}). */
final class JsonPointers {

  /**
   * A token reading every element of an array ({@code /errors/*}{@code /code}): the catalog format's one addition to
   * RFC 6901, where {@code *} would name a key; a key named {@code *} cannot be read.
   */
  static final String ANY_ELEMENT = "*";

  private JsonPointers() {}

  /** The unescaped tokens of a pointer; {@code ""} (the whole document) has none. */
  static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
    }
    int start = 1;
    while (true) {
      int slash = pointer.indexOf('/', start);
      String raw = slash < 0 ? pointer.substring(start) : pointer.substring(start, slash);
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
      if (slash < 0) {
        return tokens;
      }
      start = slash + 1;
    }
  }

  /** The array index a token names ({@code 0}, {@code 12}; no leading zeros), or -1 when it names none. */
  static int arrayIndex(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }
}
