package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.Shown;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link SyntaxHint}s of a line laid out wrong: a key glued to its value ({@code title:Order}), a dash glued
 * to its key ({@code -code: 1001}), a list item pasted among the keys of a map, a continuation line not indented.
 */
final class LayoutHints {

  /** A key glued to its value, {@code title:Order not found}: YAML reads the line as text. */
  private static final Pattern GLUED_KEY =
      Pattern.compile("^( *)((?:- +){0,40})([A-Za-z_][A-Za-z0-9_.-]{0,200}):(?!//)([^\\s:#].*)$");

  /** A list item's dash glued to what follows, {@code -code: 1001}: YAML reads no list item. */
  private static final Pattern GLUED_DASH = Pattern.compile("^( *)-([^\\s-].*)$");

  /** How far above the parser's place a cause is looked for: the parser notices a line late, never far. */
  private static final int LOOK_BACK = 4;

  private LayoutHints() {}

  /** {@code -code: 1001}: a dash without the space after it that makes a list item. */
  static Optional<SyntaxHint> gluedDash(String[] lines, int markLine) {
    int previous = markLine - 1;
    while (previous > 0 && lines[previous].isBlank()) {
      previous--;
    }
    for (int i : new int[] {markLine, previous}) {
      if (i < 0) {
        continue;
      }
      Matcher dash = GLUED_DASH.matcher(lines[i]);
      if (dash.matches() && !dash.group(2).matches("[0-9.].*")) {
        String rest = dash.group(2);
        String word = "-" + rest.split("[\\s]", 2)[0].replaceFirst(":$", "");
        return Optional.of(new SyntaxHint(i + 1, dash.group(1).length() + 1,
            Shown.quoted(word) + " has no space after its '-', so YAML reads no new list item here.",
            "Write a space after the '-' (keep the '-' where it is; add no indentation): "
                + LineText.sentence(Shown.bare("- " + rest.strip()))));
      }
    }
    return Optional.empty();
  }

  /** A list item ({@code - code: 1005}) among the keys of a map: pasted outside {@code entries:} or under another key. */
  static SyntaxHint pastedItem(String[] lines, int markLine, int markColumn) {
    String item = lines[markLine].strip();
    String among = "the catalog's top-level keys";
    for (int i = markLine - 1; i >= 0 && markColumn > 0; i--) {
      String l = lines[i];
      if (l.isBlank() || l.stripLeading().startsWith("#") || LineText.indent(l) >= markColumn) {
        continue;
      }
      Matcher parent = LineText.KEY_LINE.matcher(l);
      among = !parent.matches() ? "the lines of line " + (i + 1)
          : parent.group(2).contains("-") ? "the keys of the list item at line " + (i + 1) + " ("
              + Shown.quoted(l.strip()) + ")"
          : "the keys of " + Shown.quoted(parent.group(3).strip());
      break;
    }
    String where = "";
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].matches("entries: *(#.*)?")) {
        where = " (line " + (i + 1) + ")";
        for (int j = i + 1; j < lines.length; j++) {
          if (lines[j].stripLeading().startsWith("- ")) {
            int dash = LineText.indent(lines[j]);
            where = " (line " + (i + 1) + "): indent its '-' by " + LineText.spaces(dash) + " like the other entries, and"
                + " the keys under it by " + LineText.spaces(dash + 2);
            break;
          }
        }
        break;
      }
    }
    return new SyntaxHint(markLine + 1, markColumn + 1,
        "the list item " + Shown.quoted(item) + " stands among " + among + ", where only 'key: value' lines can be.",
        "If it is an entry, move it into the list under 'entries:'" + where + "; otherwise indent it under the key"
            + " whose list it belongs to.");
  }

  /** {@code title:Order not found}: no space after the colon, so YAML reads text, not a key. */
  static Optional<SyntaxHint> gluedKey(String[] lines, int markLine) {
    for (int i = markLine; i >= Math.max(0, markLine - LOOK_BACK); i--) {
      Matcher glued = GLUED_KEY.matcher(lines[i]);
      if (glued.matches()) {
        String key = glued.group(3);
        String value = glued.group(4).strip();
        int colon = glued.group(1).length() + glued.group(2).length() + key.length();
        return Optional.of(new SyntaxHint(i + 1, colon + 1,
            Shown.quoted(key + ":" + value.split("\\s", 2)[0]) + " has no space after the colon, so YAML reads"
                + " it as text, not as the key " + Shown.quoted(key) + ".",
            "Write a space after the colon: " + LineText.sentence(Shown.bare(glued.group(2) + key + ": " + value))));
      }
    }
    return Optional.empty();
  }

  /**
   * A value continued on the next line without indenting it more than its key: YAML reads the line as a key
   * and misses its ':'.
   */
  static Optional<SyntaxHint> continuation(String[] lines, int markLine) {
    for (int i = markLine; i >= Math.max(1, markLine - LOOK_BACK); i--) {
      String l = lines[i];
      if (l.isBlank() || l.stripLeading().startsWith("#") || l.stripLeading().startsWith("-")
          || LineText.KEY_LINE.matcher(l).matches()) {
        continue;
      }
      for (int j = i - 1; j >= 0 && j >= i - 20; j--) {
        String k = lines[j];
        if (k.isBlank() || k.stripLeading().startsWith("#")) {
          continue;
        }
        Matcher key = LineText.KEY_LINE.matcher(k);
        if (!key.matches()) {
          continue;
        }
        int keyColumn = key.group(1).length() + key.group(2).length();
        String value = key.group(4) == null ? "" : key.group(4).strip();
        if (value.isEmpty() || "'\"|>{[#".indexOf(value.charAt(0)) >= 0 || LineText.indent(l) > keyColumn) {
          return Optional.empty();
        }
        String name = key.group(3).strip();
        return Optional.of(new SyntaxHint(i + 1, LineText.indent(l) + 1,
            Shown.quoted(l.strip()) + " continues the " + Shown.quoted(name) + " of line " + (j + 1) + ", but is"
                + " not indented more than " + Shown.quoted(name) + ", so YAML reads it as a key without its ':'.",
            "Indent it by " + LineText.spaces(keyColumn + 2) + " (more than " + Shown.quoted(name) + "), or join it to line "
                + (j + 1) + "."));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
