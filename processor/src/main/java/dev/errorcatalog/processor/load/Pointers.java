package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;

/** Checks RFC 6901 JSON Pointers as writers spell them (EC018). */
final class Pointers {

  private Pointers() {}

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
    diagnostics.error(DiagnosticId.BAD_POINTER, at, problem, fix);
    return false;
  }
}
