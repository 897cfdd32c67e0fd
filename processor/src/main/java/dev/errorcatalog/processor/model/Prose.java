package dev.errorcatalog.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How catalog prose (a description, a cause, a fix, a deprecation note) is read, by the docs pages and the
 * generated Javadoc alike: blank lines separate paragraphs; within a paragraph single line breaks are the
 * writer's own wrapping and join into one line, except before a line that reads as a list item, which keeps
 * its own line.
 */
public final class Prose {

  /** A line that reads as a list item in prose: {@code - item}, {@code * item}, {@code 1. item}, {@code 2) item}. */
  private static final Pattern LIST_LIKE = Pattern.compile("^(?:[-*+\u2022]|[0-9]{1,9}[.)])\\s.*");

  private Prose() {}

  /** Whether a (stripped) line reads as a list item, and so keeps its own line. */
  public static boolean listLike(String line) {
    return LIST_LIKE.matcher(line).matches();
  }

  /**
   * The paragraphs of {@code text} (line endings already normalized to {@code \n}), each as its stripped,
   * non-blank lines in order.
   */
  public static List<List<String>> paragraphs(String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.strip());
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    return paragraphs;
  }

  /**
   * The lines a reader sees in each paragraph: the writer's wrapped lines joined with single spaces, a new
   * line only before a list-like line.
   */
  public static List<List<String>> joined(String text) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> paragraph : paragraphs(text)) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String l : paragraph) {
        if (line.length() > 0 && listLike(l)) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(l);
      }
      lines.add(line.toString());
      out.add(lines);
    }
    return out;
  }
}
