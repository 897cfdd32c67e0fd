package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.processor.yaml.YamlMap;
import java.util.Collection;

/**
 * EC002, a key that is not one of its map's: with a "did you mean", and, for a known key typed with a character
 * that shows nothing (a no-break or zero-width space), the character named. Part of {@link NodeReader}.
 */
final class UnknownKeys {

  private UnknownKeys() {}

  /** Reports each key of {@code map} that is not in {@code known} (EC002), with a "did you mean". */
  static void report(NodeReader reader, YamlMap map, Collection<String> known, String where) {
    for (YamlMap.Field field : map.fields()) {
      if (!known.contains(field.key())) {
        String visible = withoutInvisible(field.key());
        if (!visible.equals(field.key()) && known.contains(visible)) {
          int odd = firstInvisible(field.key());
          reader.add(DiagnosticId.UNKNOWN_KEY.error(field.keyPosition(),
              Shown.quoted(field.key()) + " is not a key of " + where + ". Did you mean " + Shown.quoted(visible)
                  + "? It holds the character "
                  + Shown.character(field.key().codePointAt(odd)) + (odd == 0 ? " before " : " after ")
                  + Shown.quoted(odd == 0 ? visible : field.key().substring(0, odd))
                  + ", which looks like a space (or nothing) but is not one.",
              "Delete the key and type it again: " + Shown.quoted(visible) + "."));
          continue;
        }
        String hint = DidYouMean.hint(field.key(), known);
        reader.add(DiagnosticId.UNKNOWN_KEY.error(field.keyPosition(),
            Shown.quoted(field.key()) + " is not a key of " + where + "." + hint,
            (hint.isEmpty() ? "" : "Fix the spelling, or remove it. ") + "The keys of " + where + " are: "
                + String.join(", ", known) + "."));
      }
    }
  }

  /** The key without the characters that have no visible form (a no-break space, a zero-width space). */
  private static String withoutInvisible(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      if (!Shown.invisible(key.charAt(i))) {
        out.append(key.charAt(i));
      }
    }
    return out.toString();
  }

  private static int firstInvisible(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (Shown.invisible(key.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
