package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Shown;
import java.util.Locale;
import java.util.Optional;

/**
 * Characters that have no place in an identifier a catalog publishes (a code, a name, a shape, a field, a header):
 * a space at either end, an invisible space, joiner or direction mark, a control character, an emoji or another
 * pictograph. A writer copying from a web page or a chat brings them along without seeing them.
 */
final class StrayCharacters {

  private StrayCharacters() {}

  /** The first stray character of a value: its index (in chars) and code point. */
  record Stray(int index, int codePoint, boolean atEnd) {

    /** {@code U+200B ZERO WIDTH SPACE at character 5}. */
    String describe() {
      String name = Character.getName(codePoint);
      String shown = String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
      return shown + (atEnd ? (index == 0 ? " at its start" : " at its end") : " at character " + (index + 1));
    }
  }

  /** The first stray character of {@code text}, if any. */
  static Optional<Stray> find(String text) {
    if (!text.isEmpty() && text.charAt(0) == ' ') {
      return Optional.of(new Stray(0, text.codePointAt(0), true));
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (stray(cp)) {
        return Optional.of(new Stray(i, cp, false));
      }
      i += Character.charCount(cp);
    }
    int last = text.isEmpty() ? -1 : text.offsetByCodePoints(text.length(), -1);
    if (last >= 0 && text.charAt(last) == ' ') {
      return Optional.of(new Stray(last, text.codePointAt(last), true));
    }
    return Optional.empty();
  }

  /** The value without its stray characters and end spaces. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(cp -> !stray(cp)).forEach(out::appendCodePoint);
    return out.toString().strip();
  }

  private static boolean stray(int cp) {
    if (cp == '\n' || cp == '\r' || cp == '\t') {
      return false; // a line break or tab is written on purpose (an escape, a folded value): other rules say why not
    }
    if (cp < 0x10000 && Shown.invisible((char) cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.PRIVATE_USE
        || type == Character.FORMAT || type == Character.UNASSIGNED || (cp >= 0xFE00 && cp <= 0xFE0F);
  }
}
