package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.Prose;
import java.util.List;

/**
 * Makes catalog prose safe inside Javadoc: nothing a writer types ({@code *}{@code /}, {@code <Field>},
 * {@code @}, {@code &}, backslashes, unicode escapes) can end the comment, break the HTML or reach javac's
 * unicode-escape pass.
 */
public final class JavadocText {

  private JavadocText() {}

  /** The text as Javadoc HTML, shown exactly as written. JavaPoet's {@code $L} must be used to insert it. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("&#64;");
        case '*' -> out.append("&#42;");
        case '/' -> out.append("&#47;");
        // javac turns "\u0041" into "A" before it reads comments; "&#92;" keeps the backslash a backslash.
        case '\\' -> out.append("&#92;");
        // JavaPoet treats '$' specially only in format strings; it is inserted with $L, so it stays.
        case '\r' -> { }
        default -> {
          // Other control characters are invisible and some upset editors: show them as numeric references.
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Prose as Javadoc paragraphs, read as the docs pages read it ({@link Prose}): the writer's wrapped lines
   * joined, then wrapped again at {@link #WIDTH}; each paragraph after the first opened with {@code <p>}, a
   * list-like line kept on its own line after a {@code <br>}. Escaped as by {@link #escape}.
   */
  public static String prose(String text) {
    StringBuilder out = new StringBuilder();
    for (List<String> paragraph : Prose.joined(text.replace("\r\n", "\n").replace('\r', '\n'))) {
      if (out.length() > 0) {
        out.append("\n\n<p>");
      }
      for (int i = 0; i < paragraph.size(); i++) {
        out.append(i == 0 ? "" : "<br>\n").append(escape(paragraph.get(i)));
      }
    }
    return wrap(out.toString());
  }

  /** The width prose is wrapped at, leaving room for the indentation and {@code " * "} of the comment. */
  static final int WIDTH = 88;

  /** Breaks each line of already escaped text at spaces so that lines stay within {@link #WIDTH} where they can. */
  public static String wrap(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      int start = 0;
      while (line.length() - start > WIDTH) {
        int space = line.lastIndexOf(' ', start + WIDTH);
        if (space <= start) {
          space = line.indexOf(' ', start + WIDTH);
          if (space < 0) {
            break;
          }
        }
        out.append(line, start, space).append('\n');
        start = space + 1;
      }
      out.append(line, start, line.length());
    }
    return out.toString();
  }

  /** Text shown as code: {@code <code>} around the escaped text ({@code {@code}} could not show braces safely). */
  public static String code(String text) {
    return "<code>" + escape(text) + "</code>";
  }
}
