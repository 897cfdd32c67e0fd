package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.Shown;
import java.util.Optional;
import java.util.regex.Matcher;

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
      Optional<SyntaxHint> backslash = QuoteHints.backslash(line, markLine, markColumn);
      if (backslash.isPresent()) {
        return backslash;
      }
    }
    Optional<SyntaxHint> found = LayoutHints.gluedDash(lines, markLine)
        .or(() -> QuoteHints.quoteClosedEarly(line, markLine))
        .or(() -> parserWords.contains("found '-'") && parserWords.contains("block mapping")
            ? Optional.of(LayoutHints.pastedItem(lines, markLine, markColumn)) : Optional.empty())
        .or(() -> parserWords.contains("could not find expected ':'")
            || parserWords.contains("mapping values are not allowed") || parserWords.contains("expected <block end>")
            ? LayoutHints.gluedKey(lines, markLine) : Optional.empty())
        .or(() -> parserWords.contains("could not find expected ':'") ? LayoutHints.continuation(lines, markLine) : Optional.empty());
    if (found.isPresent()) {
      return found;
    }
    Matcher key = LineText.KEY_LINE.matcher(line);
    if (key.matches()) {
      int keyColumn = key.group(1).length() + key.group(2).length();
      int above = LineText.keyColumnAbove(lines, markLine);
      if (above >= 0 && keyColumn != above && !key.group(2).contains("-")) {
        return Optional.of(new SyntaxHint(markLine + 1, keyColumn + 1,
            "the key '" + key.group(3).strip() + "' is indented " + LineText.spaces(keyColumn) + ", the keys above use "
                + LineText.spaces(above) + ".",
            "Indent it by " + LineText.spaces(above) + " like the keys of the same map, or by more under a key that"
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
      Matcher previous = LineText.KEY_LINE.matcher(lines[markLine - 1]);
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
    String word = LineText.lastWord(before);
    return new SyntaxHint(index + 1, tab + 1,
        "there is a tab after " + Shown.quoted(word) + "; YAML separates a key from its value, and indents,"
            + " with spaces only.",
        "Replace the tab with a space: " + LineText.sentence(Shown.bare(before.strip() + " " + line.substring(tab + 1).strip())));
  }

  /** {@code message: "the value"}, in double quotes unless it has some, then in single quotes. */
  static String quoted(String keyPart, String value) {
    String v = value.strip();
    return keyPart + " " + (v.contains("\"") ? "'" + v.replace("'", "''") + "'" : "\"" + v.replace("\\", "\\\\") + "\"");
  }
}
