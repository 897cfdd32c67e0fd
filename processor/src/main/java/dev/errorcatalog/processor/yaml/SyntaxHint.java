package dev.errorcatalog.processor.yaml;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML parser's error, said in a writer's words and placed where the mistake is: a tab, a key indented
 * more or less than the keys above it, an unquoted {@code ': '} in a value, a value that starts with
 * {@code {}. Empty when the mistake is none of these (the parser's own words are shown then).
 *
 * @param line 1-based
 * @param column 1-based
 */
record SyntaxHint(int line, int column, String problem, String fix) {

  /** {@code key: value} or {@code - key: value}, with the key's column and the value. */
  private static final Pattern KEY_LINE = Pattern.compile("^( *)((?:- +){0,40})([^\\s#'\"{\\[][^:#]*?):(?: +(.*))?$");

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
      int tab = Math.max(0, line.indexOf('\t'));
      return Optional.of(new SyntaxHint(markLine + 1, tab + 1,
          "this line is indented with a tab; YAML indents with spaces only.",
          "Replace the tab with spaces, as many as the lines above use (set your editor to insert spaces)."));
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
