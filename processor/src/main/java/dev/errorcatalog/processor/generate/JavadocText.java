package dev.errorcatalog.processor.generate;

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
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
