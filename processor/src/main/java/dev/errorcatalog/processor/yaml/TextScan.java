package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.FormatLimits;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;

/**
 * Looks at a catalog's text before the YAML parser does, for what the parser reports badly or slowly:
 *
 * <ul>
 *   <li>characters YAML cannot carry (NUL and the other control characters but tab and line breaks,
 *       {@code U+FFFE}, {@code U+FFFF}): the parser reports them with the position of the chunk it was
 *       reading, often lines away; here each is reported at its own line and column (EC022);
 *   <li>lines longer than {@value FormatLimits#MAX_LINE} characters (EC039): the parser copies its whole
 *       look-ahead window for every kilobyte of a run of text without a space, so a megabyte on one line costs
 *       seconds and hundreds of megabytes; no text the format accepts needs such a line.
 * </ul>
 */
final class TextScan {

  /** Findings of one kind reported before the rest is summed up in one line. */
  private static final int MAX_REPORTS = 5;

  private TextScan() {}

  /** True when the text may go to the parser; otherwise the reasons are in {@code diagnostics}. */
  static boolean check(String file, String text, Diagnostics diagnostics) {
    int line = 1;
    int lineStart = 0;
    int badCharacters = 0;
    int longLines = 0;
    SourcePosition firstOverflow = null;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        int length = i - lineStart;
        if (length > FormatLimits.MAX_LINE && ++longLines <= MAX_REPORTS) {
          diagnostics.add(DiagnosticId.TEXT_TOO_LONG.error(new SourcePosition(file, line, 1),
              "line " + line + " has " + Shown.number(length) + " characters; a line of a catalog has at most "
                  + Shown.number(FormatLimits.MAX_LINE) + ".",
              "Break the text over several lines (a folded block, 'key: >', joins them with spaces), or shorten"
                  + " it: no value of a catalog may exceed " + Shown.number(FormatLimits.MAX_TEXT) + " characters."));
        }
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        lineStart = i + 1;
        continue;
      }
      if (unreadable(c)) {
        badCharacters++;
        SourcePosition at = new SourcePosition(file, line, i - lineStart + 1);
        if (badCharacters <= MAX_REPORTS) {
          diagnostics.add(DiagnosticId.UNREADABLE_CATALOG.error(at,
              "the file holds the character " + Shown.character(c) + " here" + beside(text, lineStart, i)
                  + " (shown as " + Shown.escapeOf(c) + "), which YAML does not allow in a file.",
              "Delete it: it has no visible form in most editors. To write it inside a text, use a double-quoted"
                  + " value with an escape, e.g. \"" + Shown.escapeOf(c) + "\"."));
        } else if (firstOverflow == null) {
          firstOverflow = at;
        }
      }
    }
    if (firstOverflow != null) {
      diagnostics.add(DiagnosticId.UNREADABLE_CATALOG.error(firstOverflow,
          (badCharacters - MAX_REPORTS) + " more characters YAML does not allow follow, from here on.",
          "Check that this is the catalog's YAML file, saved as text (UTF-8)."));
    }
    if (longLines > MAX_REPORTS) {
      diagnostics.add(DiagnosticId.TEXT_TOO_LONG.error(new SourcePosition(file, 1, 1),
          (longLines - MAX_REPORTS) + " more lines are longer than " + Shown.number(FormatLimits.MAX_LINE) + " characters.",
          "Check that this is the catalog's YAML file."));
    }
    return badCharacters == 0 && longLines == 0;
  }

  /**
   * {@code , after 'not'}: the writer's word right before the character at {@code at} (or right after it, at the
   * start of a line), to find it by; empty when there is none.
   */
  private static String beside(String text, int lineStart, int at) {
    int from = at;
    while (from > lineStart && !Character.isWhitespace(text.charAt(from - 1)) && !unreadable(text.charAt(from - 1))) {
      from--;
    }
    if (from < at) {
      return ", after " + Shown.quoted(text.substring(from, at));
    }
    int to = at + 1;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && !unreadable(text.charAt(to))
        && to - at <= FormatLimits.MAX_LINE) {
      to++;
    }
    return to > at + 1 ? ", before " + Shown.quoted(text.substring(at + 1, to)) : "";
  }

  /**
   * Characters outside YAML's printable set: C0 controls but tab, line feed and carriage return; DEL and the
   * C1 controls but NEL; the noncharacters {@code U+FFFE} and {@code U+FFFF}. (Strict UTF-8 decoding has
   * already refused unpaired surrogates.)
   */
  private static boolean unreadable(char c) {
    return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF;
  }
}
