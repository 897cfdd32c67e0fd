package dev.errorcatalog.processor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference's Markdown as plain text for a terminal: headings underlined, paragraphs and list items wrapped
 * at {@value #WIDTH} columns, emphasis marks dropped, a link's text kept (a web address after it), code blocks
 * indented by four spaces and never wrapped. Inline code keeps its backticks, which read well as quotes.
 */
final class TerminalText {

  static final int WIDTH = 80;

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

  private TerminalText() {}

  static String of(String markdown) {
    StringBuilder out = new StringBuilder();
    List<String> paragraph = new ArrayList<>();
    boolean fenced = false;
    for (String line : markdown.lines().toList()) {
      if (line.startsWith("```")) {
        flush(paragraph, out);
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        out.append(line.isEmpty() ? "" : "    " + line).append('\n');
      } else if (line.startsWith("#")) {
        flush(paragraph, out);
        String title = inline(line.replaceFirst("^#+\\s*", ""));
        out.append(title).append('\n').append("=".repeat(title.length())).append('\n');
      } else if (line.isBlank()) {
        flush(paragraph, out);
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
          out.append('\n');
        }
      } else {
        paragraph.add(line.strip().startsWith("- ") ? "\u0000" + line.strip() : line.strip());
      }
    }
    flush(paragraph, out);
    return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  /** A paragraph, or a list (each item a line starting with a marked "- "), wrapped. */
  private static void flush(List<String> paragraph, StringBuilder out) {
    if (paragraph.isEmpty()) {
      return;
    }
    List<String> items = new ArrayList<>();
    for (String line : paragraph) {
      if (line.startsWith("\u0000") || items.isEmpty()) {
        items.add(line.replace("\u0000", ""));
      } else {
        items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
      }
    }
    for (String item : items) {
      boolean listed = item.startsWith("- ");
      wrap(inline(item), listed ? "  " : "", out);
    }
    paragraph.clear();
  }

  private static void wrap(String text, String hanging, StringBuilder out) {
    StringBuilder line = new StringBuilder();
    boolean empty = true;
    for (String word : text.split(" +")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(hanging);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    out.append(line).append('\n');
  }

  private static String inline(String text) {
    String linked = LINK.matcher(text).replaceAll(m -> m.group(2).startsWith("http")
        ? Matcher.quoteReplacement(m.group(1) + " <" + m.group(2) + ">")
        : Matcher.quoteReplacement(m.group(1)));
    return BOLD.matcher(linked).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }
}
