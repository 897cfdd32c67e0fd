package dev.errorcatalog.processor.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the {@link SyntaxHint}s read of a document's lines (keys, indentation, words) and how they word it. */
final class LineText {

  /** {@code key: value} or {@code - key: value}, with the key's column and the value. */
  static final Pattern KEY_LINE = Pattern.compile("^( *)((?:- +){0,40})([^\\s#'\"{\\[][^:#]*?):(?: +(.*))?$");

  private LineText() {}

  /** The text as the end of a sentence: with a full stop, unless it ends with one. */
  static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  /** The characters around {@code at} that {@code in} accepts. */
  static String wordAround(String line, int at, java.util.function.IntPredicate in) {
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
  static String lastWord(String text) {
    String s = text.strip();
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** The column of the keys of the nearest line above with a key, or -1. */
  static int keyColumnAbove(String[] lines, int from) {
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

  static String spaces(int n) {
    return n + (n == 1 ? " space" : " spaces");
  }
}
