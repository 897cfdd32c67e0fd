package dev.errorcatalog.processor.docs;

/**
 * The YAML front matter of a page: its {@code title} and {@code description}, which MkDocs and the Material theme
 * write into the page's HTML themselves, outside the Markdown this package escapes.
 *
 * <p>They write it as HTML. MkDocs 1.4 renders its templates without autoescaping, and Material 8.2.5 prints
 * {@code page.meta.title} and {@code page.title} raw into {@code <title>}, the header, the navigation of every
 * page and the footer, and {@code page.meta.description} raw into {@code <meta name="description" content="...">};
 * only a few places escape it ({@code | e} in the footer links' {@code aria-label}), and a Git host shows front
 * matter as an escaped table. So the text must read the same whether a template escapes it or not, and be inert
 * where it does not. Every character reads the same both ways except the five that escaping changes. Of those,
 * {@code &} and {@code '} are inert raw too (a character reference only ever decodes to text, and the templates
 * quote attributes with {@code "}), so they stay. {@code <} would open an element and {@code "} would end an
 * attribute, and no spelling of them reads right both ways (an entity shows as {@code &lt;} where it is escaped
 * again), so they are replaced with look-alikes that no Unicode normalization turns back into markup: {@code <}
 * with {@code ‹}, and {@code >}, inert but its partner, with {@code ›} ({@code <Field>} reads {@code ‹Field›});
 * {@code "} with {@code “} or {@code ”}.
 */
final class FrontMatter {

  private FrontMatter() {}

  /** The front matter block, from its opening to its closing {@code ---} line, ending with a line break. */
  static String of(String title, String description) {
    return "---\n"
        + "title: " + yamlString(text(title)) + '\n'
        + "description: " + yamlString(text(description)) + '\n'
        + "---\n";
  }

  /**
   * The text as the front matter holds it: on one line (line breaks and the spaces around them become one
   * space), {@code < > "} replaced as the class comment says.
   */
  static String text(String text) {
    String flat = Markdown.flat(text);
    StringBuilder out = new StringBuilder(flat.length());
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '<' -> out.append('‹');
        case '>' -> out.append('›');
        case '"' -> out.append(opensQuote(flat, i) ? '“' : '”');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A quote at the start, or after a space or an opening bracket or quote, opens; any other closes. */
  private static boolean opensQuote(String text, int i) {
    return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{<‹“".indexOf(text.charAt(i - 1)) >= 0;
  }

  /**
   * A YAML double-quoted scalar of one line: {@code \} escaped (no {@code "} is left to escape), and the
   * characters YAML reads as line breaks or that a reader cannot see as escapes.
   */
  static String yamlString(String line) {
    StringBuilder out = new StringBuilder(line.length() + 2).append('"');
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
        // YAML reads U+0085, U+2028 and U+2029 as line breaks: keep them as escapes.
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
