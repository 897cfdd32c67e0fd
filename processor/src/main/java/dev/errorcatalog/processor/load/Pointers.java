package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks RFC 6901 JSON Pointers as writers spell them (EC018), with the format's one addition: a token {@code *}
 * reads every element of an array ({@code /errors/*}{@code /code}), at most once per pointer.
 */
final class Pointers {

  /** The token that reads every element of an array. */
  static final String ANY_ELEMENT = "*";

  private Pointers() {}

  /** The arrays a pointer reads at a fixed index: the pointer before each token that is an index. */
  static List<String> indexedArrays(String pointer) {
    List<String> arrays = new ArrayList<>();
    int at = pointer.indexOf('/');
    while (at >= 0) {
      int end = pointer.indexOf('/', at + 1);
      String token = pointer.substring(at + 1, end < 0 ? pointer.length() : end);
      if (token.matches("0|[1-9][0-9]{0,8}")) {
        arrays.add(pointer.substring(0, at));
      }
      at = end;
    }
    return arrays;
  }

  /** How many tokens of a valid pointer are {@code *}. */
  static int stars(String pointer) {
    int stars = 0;
    for (String token : pointer.split("/", -1)) {
      if (token.equals(ANY_ELEMENT)) {
        stars++;
      }
    }
    return stars;
  }


  /** True when {@code pointer} is {@code ""} or {@code /...} with only {@code ~0}/{@code ~1} escapes. */
  static boolean isValid(String pointer) {
    if (pointer.isEmpty()) {
      return true;
    }
    if (pointer.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '~') {
        if (i + 1 >= pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
          return false;
        }
      }
    }
    return true;
  }

  /** Reports an invalid pointer (EC018) with the pointer the writer probably meant; true when valid. */
  static boolean check(String pointer, SourcePosition at, String what, Diagnostics diagnostics) {
    if (isValid(pointer) && stars(pointer) > 1) {
      diagnostics.add(DiagnosticId.BAD_POINTER.error(at, what + " " + Shown.quoted(pointer)
              + " reads through " + stars(pointer) + " arrays ('*'); a pointer reads through one at most.",
          "Point into one array with '*' and give the others a fixed index, e.g. /errors/*/locations/0/line."));
      return false;
    }
    if (isValid(pointer)) {
      return true;
    }
    String problem = what + " " + Shown.quoted(pointer) + " is not a JSON Pointer";
    String fix;
    if (!pointer.startsWith("/")) {
      String guess = pointer.startsWith("$.") ? "/" + pointer.substring(2).replace('.', '/')
          : "/" + pointer.replace('.', '/');
      problem += ": a pointer starts with '/'.";
      fix = (guess.equals(pointer) ? "" : "Did you mean " + Shown.quoted(guess) + "? ") + "Pointers are paths like /error or /errors/0/message.";
    } else {
      problem += ": '~' must be followed by 0 or 1.";
      fix = "Write '~0' for a '~' and '~1' for a '/' inside a key.";
    }
    diagnostics.add(DiagnosticId.BAD_POINTER.error(at, problem, fix));
    return false;
  }
}
