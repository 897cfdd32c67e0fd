package dev.errorcatalog.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * One response a source page documents, as extracted from the page: no prose, only what identifies the
 * response. Empty strings where the page has nothing.
 *
 * @param status the HTTP status (0 for codes that are not HTTP responses)
 * @param code the code as documented
 * @param name a documented name of a numeric code (e.g. {@code USER_BLOCKED} for Viber code 8)
 * @param title the documented title
 * @param message the documented message
 * @param body the documented body: compact JSON, or the text of a plain-text body
 * @param detail a page-specific fact (e.g. a code's endpoints), documented per page parser
 */
record Fact(int status, String code, String name, String title, String message, String body, String detail) {

  static final String HEADER = "status\tcode\tname\ttitle\tmessage\tbody\tdetail";

  String toTsv() {
    return String.join("\t", String.valueOf(status), escape(code), escape(name), escape(title),
        escape(message), escape(body), escape(detail));
  }

  static Fact fromTsv(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 7) {
      throw new IllegalArgumentException("expected 7 tab-separated columns: " + line);
    }
    return new Fact(Integer.parseInt(f[0]), unescape(f[1]), unescape(f[2]), unescape(f[3]),
        unescape(f[4]), unescape(f[5]), unescape(f[6]));
  }

  /** A TSV file's text: the header line, then one line per fact. */
  static String toTsv(List<Fact> facts) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    facts.forEach(f -> out.append(f.toTsv()).append('\n'));
    return out.toString();
  }

  static List<Fact> fromTsv(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException("a facts file starts with the header line: " + HEADER);
    }
    List<Fact> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isEmpty()) {
        out.add(fromTsv(line));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return status + " " + String.join(" | ", code, name, title, message, body, detail);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
