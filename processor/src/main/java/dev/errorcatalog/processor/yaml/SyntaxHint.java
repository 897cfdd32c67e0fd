package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.Shown;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML parser's error, said in a writer's words and placed on the line where the writer must act, quoting
 * the writer's own word: a tab, a key indented more or less than the keys above it, an unquoted {@code ': '}
 * in a value, a value that starts with {@code {}, an apostrophe that ends a single-quoted value early, a
 * backslash in double quotes, a key glued to its value ({@code title:Order}), a dash glued to its key
 * ({@code -code: 1001}), a list item pasted among the keys of a map, a continuation line not indented. Empty
 * when the mistake is none of these (the parser's own words are shown then).
 *
 * @param line 1-based
 * @param column 1-based
 */
record SyntaxHint(int line, int column, String problem, String fix) {

  /** {@code key: value} or {@code - key: value}, with the key's column and the value. */
  private static final Pattern KEY_LINE = Pattern.compile("^( *)((?:- +){0,40})([^\\s#'\"{\\[][^:#]*?):(?: +(.*))?$");

  /** A key glued to its value, {@code title:Order not found}: YAML reads the line as text. */
  private static final Pattern GLUED_KEY =
      Pattern.compile("^( *)((?:- +){0,40})([A-Za-z_][A-Za-z0-9_.-]{0,200}):(?!//)([^\\s:#].*)$");

  /** A list item's dash glued to what follows, {@code -code: 1001}: YAML reads no list item. */
  private static final Pattern GLUED_DASH = Pattern.compile("^( *)-([^\\s-].*)$");

  /** Where a line's value starts: after its indentation, its list dashes and its {@code key: }. */
  private static final Pattern VALUE_START = Pattern.compile("^( *(?:- +){0,40})(?:([^\\s#'\"{\\[-][^:#]*?): +)?");

  /** How far above the parser's place a cause is looked for: the parser notices a line late, never far. */
  private static final int LOOK_BACK = 4;

  /**
   * @param lines the document's lines
   * @param markLine the parser's 0-based line
   * @param markColumn the parser's 0-based column
   * @param parserWords the parser's problem and context, to tell the cases apart
   */
  static Optional<SyntaxHint> of(String[] lines, int markLine, int markColumn, String parserWords) {
    if (markLine < 0 || markLine >= lines.length) {
      return Optional.empty();
    }
    String line = lines[markLine];
    if (parserWords.contains("\\t") || parserWords.contains("TAB")) {
      return Optional.of(tab(line, markLine, markColumn));
    }
    if (parserWords.contains("unknown escape character")) {
      Optional<SyntaxHint> backslash = backslash(line, markLine, markColumn);
      if (backslash.isPresent()) {
        return backslash;
      }
    }
    Optional<SyntaxHint> found = gluedDash(lines, markLine)
        .or(() -> quoteClosedEarly(line, markLine))
        .or(() -> parserWords.contains("found '-'") && parserWords.contains("block mapping")
            ? Optional.of(pastedItem(lines, markLine, markColumn)) : Optional.empty())
        .or(() -> parserWords.contains("could not find expected ':'")
            || parserWords.contains("mapping values are not allowed") || parserWords.contains("expected <block end>")
            ? gluedKey(lines, markLine) : Optional.empty())
        .or(() -> parserWords.contains("could not find expected ':'") ? continuation(lines, markLine) : Optional.empty());
    if (found.isPresent()) {
      return found;
    }
    Matcher key = KEY_LINE.matcher(line);
    if (key.matches()) {
      int keyColumn = key.group(1).length() + key.group(2).length();
      int above = keyColumnAbove(lines, markLine);
      if (above >= 0 && keyColumn != above && !key.group(2).contains("-")) {
        return Optional.of(new SyntaxHint(markLine + 1, keyColumn + 1,
            "the key '" + key.group(3).strip() + "' is indented " + spaces(keyColumn) + ", the keys above use "
                + spaces(above) + ".",
            "Indent it by " + spaces(above) + " like the keys of the same map, or by more under a key that"
                + " ends with ':' to nest it."));
      }
      String value = key.group(4) == null ? "" : key.group(4);
      int valueColumn = line.length() - value.length();
      if (value.startsWith("{") && !value.strip().endsWith("}")) {
        return Optional.of(new SyntaxHint(markLine + 1, valueColumn + 1,
            "a value that starts with '{' must be quoted: YAML reads '{' as the start of a map.",
            "Quote the whole value: " + quoted(line.substring(0, valueColumn).strip(), value) + "."));
      }
      if (parserWords.contains("mapping values are not allowed") && value.contains(": ")) {
        return Optional.of(new SyntaxHint(markLine + 1, markColumn + 1,
            "the value contains ': ', which YAML reads as the start of another key.",
            "Quote a value that contains ': ': " + quoted(line.substring(0, valueColumn).strip(), value) + "."));
      }
    }
    // The parser noticed a line late (a value starting with '{' closed on this line by its '}'): look one up.
    if (markLine > 0 && parserWords.contains("expected <block end>")) {
      Matcher previous = KEY_LINE.matcher(lines[markLine - 1]);
      if (previous.matches() && previous.group(4) != null && previous.group(4).startsWith("{")) {
        return of(lines, markLine - 1, 0, parserWords);
      }
    }
    return Optional.empty();
  }

  /** A tab in the indentation, or between a key and its value. */
  private static SyntaxHint tab(String line, int index, int markColumn) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      tab = Math.min(markColumn, line.length());
    }
    String before = line.substring(0, tab);
    if (before.isBlank()) {
      String content = line.strip();
      return new SyntaxHint(index + 1, tab + 1,
          "the line " + (content.isEmpty() ? "" : Shown.quoted(content) + " ")
              + "is indented with a tab; YAML indents with spaces only.",
          "Replace the tab with spaces, as many as the lines above use (set your editor to insert spaces).");
    }
    String word = lastWord(before);
    return new SyntaxHint(index + 1, tab + 1,
        "there is a tab after " + Shown.quoted(word) + "; YAML separates a key from its value, and indents,"
            + " with spaces only.",
        "Replace the tab with a space: " + sentence(Shown.bare(before.strip() + " " + line.substring(tab + 1).strip())));
  }

  /** A backslash in a double-quoted value that starts no escape YAML knows ({@code "C:\data"}). */
  private static Optional<SyntaxHint> backslash(String line, int index, int markColumn) {
    int at = line.lastIndexOf('\\', Math.min(markColumn, line.length() - 1));
    if (at < 0 || at + 1 >= line.length()) {
      return Optional.empty();
    }
    String word = wordAround(line, at, c -> !Character.isWhitespace(c) && c != '"');
    int inWord = word.indexOf(line.substring(at, at + 2));
    String doubled = word.substring(0, inWord) + "\\" + word.substring(inWord);
    return Optional.of(new SyntaxHint(index + 1, at + 1,
        "in double quotes a backslash starts an escape, and " + Shown.quoted(line.substring(at, at + 2))
            + (word.length() > 2 ? " in " + Shown.quoted(word) : "") + " is none YAML knows.",
        "For a backslash write two, " + Shown.quoted(doubled) + ", or quote the whole value"
            + " with single quotes instead, where a backslash is plain text."));
  }

  /** {@code -code: 1001}: a dash without the space after it that makes a list item. */
  private static Optional<SyntaxHint> gluedDash(String[] lines, int markLine) {
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
                + sentence(Shown.bare("- " + rest.strip()))));
      }
    }
    return Optional.empty();
  }

  /**
   * A quoted value closed before its end: an apostrophe inside single quotes ({@code 'can't'}), or a double
   * quote inside double quotes, with text after the closing quote.
   */
  private static Optional<SyntaxHint> quoteClosedEarly(String line, int index) {
    Matcher start = VALUE_START.matcher(line);
    if (!start.lookingAt() || start.end() >= line.length()) {
      return Optional.empty();
    }
    int open = start.end();
    char quote = line.charAt(open);
    if (quote != '\'' && quote != '"') {
      return Optional.empty();
    }
    int close = -1;
    for (int i = open + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'' && c == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
        i++;
      } else if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      return Optional.empty();
    }
    String rest = line.substring(close + 1).strip();
    if (rest.isEmpty() || rest.startsWith("#") || rest.startsWith(":")) {
      return Optional.empty();
    }
    String of = start.group(2) == null ? "" : " of " + Shown.quoted(start.group(2).strip());
    if (quote == '\'') {
      String word = wordAround(line, close, c -> Character.isLetterOrDigit(c) || c == '\'');
      if (word.startsWith("'") && word.length() > 1) {
        word = word.substring(1); // the value's own opening quote, when the apostrophe is in its first word
      }
      String whole = line.strip().endsWith("'")
          ? line.substring(0, open).strip() + " '" + line.substring(open + 1, line.lastIndexOf('\''))
              .replace("''", "\0").replace("'", "''").replace("\0", "''") + "'"
          : word.replace("'", "''");
      String which = word.endsWith("'") ? "after " + Shown.quoted(word.substring(0, word.length() - 1))
          : "in " + Shown.quoted(word);
      return Optional.of(new SyntaxHint(index + 1, close + 1,
          "the apostrophe " + which + " ends the single-quoted value" + of + " early.",
          "Inside single quotes write an apostrophe twice (it still reads as one): " + sentence(Shown.bare(whole))));
    }
    String word = wordAround(line, close + 1, c -> !Character.isWhitespace(c) && c != '"');
    return Optional.of(new SyntaxHint(index + 1, close + 1,
        "the '\"' before " + Shown.quoted(word) + " ends the double-quoted value" + of + " early.",
        "Inside double quotes write a quote as \\\" , or quote the whole value with single quotes instead."));
  }

  /** A list item ({@code - code: 1005}) among the keys of a map: pasted outside {@code entries:} or under another key. */
  private static SyntaxHint pastedItem(String[] lines, int markLine, int markColumn) {
    String item = lines[markLine].strip();
    String among = "the catalog's top-level keys";
    for (int i = markLine - 1; i >= 0 && markColumn > 0; i--) {
      String l = lines[i];
      if (l.isBlank() || l.stripLeading().startsWith("#") || indent(l) >= markColumn) {
        continue;
      }
      Matcher parent = KEY_LINE.matcher(l);
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
            int dash = indent(lines[j]);
            where = " (line " + (i + 1) + "): indent its '-' by " + spaces(dash) + " like the other entries, and"
                + " the keys under it by " + spaces(dash + 2);
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
  private static Optional<SyntaxHint> gluedKey(String[] lines, int markLine) {
    for (int i = markLine; i >= Math.max(0, markLine - LOOK_BACK); i--) {
      Matcher glued = GLUED_KEY.matcher(lines[i]);
      if (glued.matches()) {
        String key = glued.group(3);
        String value = glued.group(4).strip();
        int colon = glued.group(1).length() + glued.group(2).length() + key.length();
        return Optional.of(new SyntaxHint(i + 1, colon + 1,
            Shown.quoted(key + ":" + value.split("\\s", 2)[0]) + " has no space after the colon, so YAML reads"
                + " it as text, not as the key " + Shown.quoted(key) + ".",
            "Write a space after the colon: " + sentence(Shown.bare(glued.group(2) + key + ": " + value))));
      }
    }
    return Optional.empty();
  }

  /**
   * A value continued on the next line without indenting it more than its key: YAML reads the line as a key
   * and misses its ':'.
   */
  private static Optional<SyntaxHint> continuation(String[] lines, int markLine) {
    for (int i = markLine; i >= Math.max(1, markLine - LOOK_BACK); i--) {
      String l = lines[i];
      if (l.isBlank() || l.stripLeading().startsWith("#") || l.stripLeading().startsWith("-")
          || KEY_LINE.matcher(l).matches()) {
        continue;
      }
      for (int j = i - 1; j >= 0 && j >= i - 20; j--) {
        String k = lines[j];
        if (k.isBlank() || k.stripLeading().startsWith("#")) {
          continue;
        }
        Matcher key = KEY_LINE.matcher(k);
        if (!key.matches()) {
          continue;
        }
        int keyColumn = key.group(1).length() + key.group(2).length();
        String value = key.group(4) == null ? "" : key.group(4).strip();
        if (value.isEmpty() || "'\"|>{[#".indexOf(value.charAt(0)) >= 0 || indent(l) > keyColumn) {
          return Optional.empty();
        }
        String name = key.group(3).strip();
        return Optional.of(new SyntaxHint(i + 1, indent(l) + 1,
            Shown.quoted(l.strip()) + " continues the " + Shown.quoted(name) + " of line " + (j + 1) + ", but is"
                + " not indented more than " + Shown.quoted(name) + ", so YAML reads it as a key without its ':'.",
            "Indent it by " + spaces(keyColumn + 2) + " (more than " + Shown.quoted(name) + "), or join it to line "
                + (j + 1) + "."));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The text as the end of a sentence: with a full stop, unless it ends with one. */
  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  /** The characters around {@code at} that {@code in} accepts. */
  private static String wordAround(String line, int at, java.util.function.IntPredicate in) {
    int from = at;
    while (from > 0 && in.test(line.charAt(from - 1))) {
      from--;
    }
    int to = Math.min(at + 1, line.length());
    while (to < line.length() && in.test(line.charAt(to))) {
      to++;
    }
    return line.substring(from, to);
  }

  /** The last word of {@code text}, with its colon: {@code title:}. */
  private static String lastWord(String text) {
    String s = text.strip();
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** The column of the keys of the nearest line above with a key, or -1. */
  private static int keyColumnAbove(String[] lines, int from) {
    for (int i = from - 1; i >= 0; i--) {
      String l = lines[i];
      if (l.isBlank() || l.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher m = KEY_LINE.matcher(l);
      if (!m.matches()) {
        return -1;
      }
      // A key with nothing after the colon opens a map or a list below it: no key of this level above.
      if (m.group(4) == null || m.group(4).isBlank() || m.group(4).startsWith("#")) {
        return -1;
      }
      return m.group(1).length() + m.group(2).length();
    }
    return -1;
  }

  private static String spaces(int n) {
    return n + (n == 1 ? " space" : " spaces");
  }

  /** {@code message: "the value"}, in double quotes unless it has some, then in single quotes. */
  static String quoted(String keyPart, String value) {
    String v = value.strip();
    return keyPart + " " + (v.contains("\"") ? "'" + v.replace("'", "''") + "'" : "\"" + v.replace("\\", "\\\\") + "\"");
  }
}
