package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.Shown;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link SyntaxHint}s of a quoted value: a backslash in double quotes that starts no escape, and a quote that
 * closes the value before its end (an apostrophe in single quotes, a double quote in double quotes).
 */
final class QuoteHints {

  /** Where a line's value starts: after its indentation, its list dashes and its {@code key: }. */
  private static final Pattern VALUE_START = Pattern.compile("^( *(?:- +){0,40})(?:([^\\s#'\"{\\[-][^:#]*?): +)?");

  private QuoteHints() {}

  /** A backslash in a double-quoted value that starts no escape YAML knows ({@code "C:\data"}). */
  static Optional<SyntaxHint> backslash(String line, int index, int markColumn) {
    int at = line.lastIndexOf('\\', Math.min(markColumn, line.length() - 1));
    if (at < 0 || at + 1 >= line.length()) {
      return Optional.empty();
    }
    String word = LineText.wordAround(line, at, c -> !Character.isWhitespace(c) && c != '"');
    int inWord = word.indexOf(line.substring(at, at + 2));
    String doubled = word.substring(0, inWord) + "\\" + word.substring(inWord);
    return Optional.of(new SyntaxHint(index + 1, at + 1,
        "in double quotes a backslash starts an escape, and " + Shown.quoted(line.substring(at, at + 2))
            + (word.length() > 2 ? " in " + Shown.quoted(word) : "") + " is none YAML knows.",
        "For a backslash write two, " + Shown.quoted(doubled) + ", or quote the whole value"
            + " with single quotes instead, where a backslash is plain text."));
  }

  /**
   * A quoted value closed before its end: an apostrophe inside single quotes ({@code 'can't'}), or a double
   * quote inside double quotes, with text after the closing quote.
   */
  static Optional<SyntaxHint> quoteClosedEarly(String line, int index) {
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
      String word = LineText.wordAround(line, close, c -> Character.isLetterOrDigit(c) || c == '\'');
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
          "Inside single quotes write an apostrophe twice (it still reads as one): " + LineText.sentence(Shown.bare(whole))));
    }
    String word = LineText.wordAround(line, close + 1, c -> !Character.isWhitespace(c) && c != '"');
    return Optional.of(new SyntaxHint(index + 1, close + 1,
        "the '\"' before " + Shown.quoted(word) + " ends the double-quoted value" + of + " early.",
        "Inside double quotes write a quote as \\\" , or quote the whole value with single quotes instead."));
  }
}
