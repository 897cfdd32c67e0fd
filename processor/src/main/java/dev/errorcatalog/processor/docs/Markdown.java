package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.Prose;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes catalog text into Markdown so that it shows exactly as written, never as markup, under both
 * CommonMark (with GFM tables) and Python-Markdown (what MkDocs renders with).
 *
 * <p>The two renderers accept different backslash escapes: Python-Markdown only knows
 * {@code \ ` * _ { } [ ] ( ) > # + - . !} (and {@code |} with its tables extension), so every other
 * character that could be markup is written as an HTML character reference, which both decode and neither
 * reads as structure ({@code &#45; item} is text, not a list item). Catalog prose is written by people
 * who may type {@code <Field>}, {@code a | b}, {@code snake_case} or {@code # of items}: all of it must
 * come out literally. Material's usual pymdown extensions read a little more ({@code ==mark==},
 * {@code ^sup^}, {@code ~~del~~}, {@code ++key++}, {@code !!!} admonitions): those are escaped too.
 */
final class Markdown {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private Markdown() {}

  /**
   * One line of inline text (line breaks become spaces): safe in headings, list items, link texts,
   * table cells and after a bold label.
   */
  static String inline(String text) {
    return escapeLine(flat(text));
  }

  /**
   * Text for a heading, without a single backslash escape: Python-Markdown's table of contents and MkDocs'
   * search titles show an escaped character as its internal placeholder (STX, the code point, ETX). So
   * markup characters are left out instead of escaped (a space where they stood), except an underscore
   * inside a word ({@code snake_case}), which neither CommonMark nor Python-Markdown reads as emphasis.
   */
  static String headingText(String text) {
    String flat = flat(text);
    StringBuilder out = new StringBuilder(flat.length());
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      boolean intraword = c == '_' && i > 0 && i + 1 < flat.length()
          && Character.isLetterOrDigit(flat.charAt(i - 1)) && Character.isLetterOrDigit(flat.charAt(i + 1));
      out.append("\\`*_{}[]<>&#|~^=+!".indexOf(c) >= 0 && !intraword ? ' ' : c);
    }
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  /**
   * A table cell: inline text; an empty text gives an empty cell. Pipes are escaped by {@link #inline}
   * ({@code \|} is honoured inside cells by GFM and by Python-Markdown's tables).
   */
  static String cell(String text) {
    return inline(text);
  }

  /**
   * Prose as Markdown paragraphs: blank lines separate paragraphs, single line breaks are soft (the
   * renderer joins the lines, as it would the writer's own wrapped lines), except before a line that reads
   * like a list item, which keeps its own line. Every line is escaped at its start, so no line of prose
   * can become a heading, list, quote, table, fence or thematic break.
   */
  static String prose(String text) {
    List<List<String>> paragraphs = Prose.paragraphs(clean(text));
    StringBuilder out = new StringBuilder();
    for (List<String> paragraph : paragraphs) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      for (int i = 0; i < paragraph.size(); i++) {
        if (i > 0) {
          out.append(Prose.listLike(paragraph.get(i)) ? "<br>\n" : "\n");
        }
        out.append(escapeLine(paragraph.get(i)));
      }
    }
    return out.toString();
  }

  /**
   * An inline code span showing the text literally (line breaks become spaces, as CommonMark would make
   * them anyway). The backtick fence is longer than any backtick run inside; a space pads content that
   * starts or ends with a backtick. Not for table cells: use {@link #cellCode}.
   */
  static String code(String text) {
    String flat = clean(text).replace('\n', ' ');
    if (flat.isEmpty()) {
      return "";
    }
    String ticks = "`".repeat(longestRun(flat, '`') + 1);
    boolean pad = flat.startsWith("`") || flat.endsWith("`")
        || (flat.startsWith(" ") && flat.endsWith(" ") && !flat.isBlank());
    String space = pad ? " " : "";
    return ticks + space + flat + space + ticks;
  }

  /**
   * Code in a table cell. GFM needs {@code \|} even inside a code span there, Python-Markdown shows that
   * backslash; so a text with a pipe is written as escaped plain text instead of a code span.
   */
  static String cellCode(String text) {
    return text.indexOf('|') >= 0 ? inline(text) : code(text);
  }

  /**
   * A fenced code block with the given info string ({@code json}, {@code text}), ending with a line
   * break. The fence is one backtick longer than the longest backtick run of the body (at least three),
   * so no line of the body can close it, whatever it holds.
   */
  static String fence(String body, String info) {
    String text = stripBlankEdges(clean(body));
    String ticks = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
    StringBuilder out = new StringBuilder().append(ticks).append(info).append('\n');
    if (!text.isEmpty()) {
      out.append(text).append('\n');
    }
    return out.append(ticks).append('\n').toString();
  }

  /**
   * A link to a web page; a URL that is not {@code http(s)} is shown as code instead (a catalog must
   * not be able to put a {@code javascript:} link on the docs site).
   *
   * @param label the link text, already Markdown
   */
  static String link(String label, String url) {
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
    if (!(lower.startsWith("https://") || lower.startsWith("http://")) || trimmed.length() <= 8) {
      return code(trimmed);
    }
    return "[" + label + "](" + encodeUrl(trimmed) + ")";
  }

  /**
   * The text stripped, each run of white space one space. The patterns are compiled once: a page of thousands
   * of entries calls this several times per entry, and {@code String.replaceAll} compiles its pattern each time.
   */
  static String oneSpaced(String text) {
    return WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
  }

  /** The text on one line: each line stripped, blank lines dropped, the rest joined with single spaces. */
  static String flat(String text) {
    return String.join(" ", lines(text).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  /** The text's lines, line endings normalized. */
  private static List<String> lines(String text) {
    return List.of(clean(text).split("\n", -1));
  }

  /**
   * Normalizes line endings to {@code \n} and replaces NUL and other control characters but tab and line
   * feed with U+FFFD, as CommonMark does for NUL: they have no visible form and some break renderers.
   */
  private static String clean(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = null;
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f;
      if (control && out == null) {
        out = new StringBuilder(normalized.length()).append(normalized, 0, i);
      }
      if (out != null) {
        out.append(control ? '\uFFFD' : c);
      }
    }
    return out == null ? normalized : out.toString();
  }

  /**
   * Escapes one line of text (no line breaks in it). Inline markup characters are escaped everywhere;
   * the first character additionally never starts a block: ASCII punctuation there becomes a character
   * reference, and a number followed by {@code .} or {@code )} gets that character escaped.
   */
  private static String escapeLine(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (i == 0 && isBlockPunctuation(c)) {
        out.append("&#").append((int) c).append(';');
        continue;
      }
      switch (c) {
        case '\\', '`', '*', '_', '{', '}', '[', ']', '#', '|' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        // GFM and pymdownx strike through ~~text~~, pymdownx.caret raises ^text^; Python-Markdown has no
        // backslash escape for either.
        case '~' -> out.append("&#126;");
        case '^' -> out.append("&#94;");
        // pymdownx.mark highlights ==text==, pymdownx.keys reads ++ctrl+c++: only runs matter.
        case '=' -> out.append(inRun(line, i) ? "&#61;" : "=");
        case '+' -> out.append(inRun(line, i) ? "\\+" : "+");
        default -> out.append(c);
      }
    }
    int digits = 0;
    while (digits < line.length() && digits < 10 && Character.isDigit(line.charAt(digits)) && line.charAt(digits) < 128) {
      digits++;
    }
    if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
      // "1. " or "1) " would start an ordered list: the digits are unchanged by escaping, so insert at the same index.
      out.insert(digits, '\\');
    }
    return out.toString();
  }

  /**
   * ASCII punctuation that can open a block at the start of a line in CommonMark or in Python-Markdown
   * and its usual MkDocs extensions ({@code - + = > : ! ? / %} and the like) and that has no backslash
   * escape in both; characters escaped anyway ({@code \ ` * _ [ #} ...) are left to the inline escape.
   */
  private static boolean isBlockPunctuation(char c) {
    if (c >= 128 || Character.isLetterOrDigit(c) || Character.isWhitespace(c) || c < 0x20) {
      return false;
    }
    return switch (c) {
      case '\\', '`', '*', '_', '{', '}', '[', ']', '#', '|', '<', '>', '&', '~', '^' -> false;
      // Punctuation that opens no block anywhere stays readable.
      case '"', '\'', '(', ')', ',', '.', ';' -> false;
      default -> true;
    };
  }

  /** True when the character at {@code i} has the same character next to it. */
  private static boolean inRun(String line, int i) {
    char c = line.charAt(i);
    return (i > 0 && line.charAt(i - 1) == c) || (i + 1 < line.length() && line.charAt(i + 1) == c);
  }

  private static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        run++;
        longest = Math.max(longest, run);
      } else {
        run = 0;
      }
    }
    return longest;
  }

  /**
   * Drops blank lines before the first line and line breaks after the last: syntax highlighters (Pygments in
   * MkDocs) drop leading blank lines anyway, and a trailing line break is the fence's own.
   */
  private static String stripBlankEdges(String text) {
    int start = 0;
    for (int nl = text.indexOf('\n'); nl >= 0 && text.substring(start, nl).isBlank(); nl = text.indexOf('\n', start)) {
      start = nl + 1;
    }
    int end = text.length();
    while (end > start && text.charAt(end - 1) == '\n') {
      end--;
    }
    return text.substring(start, end);
  }

  /** Percent-encodes what would end or confuse a link destination: spaces, parentheses, angle brackets. */
  private static String encodeUrl(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case ' ' -> out.append("%20");
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '"' -> out.append("%22");
        case '`' -> out.append("%60");
        case '\\' -> out.append("%5C");
        case '\n', '\t' -> out.append("%20");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
