package dev.errorcatalog.processor.docs;

import java.util.Locale;
import java.util.Set;

/** Plain-text helpers for summaries: the first sentence of a description, counted nouns. */
final class Sentences {

  /** Words whose trailing period does not end a sentence ("e.g. a key"). */
  private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "cf", "approx", "incl", "no");

  private Sentences() {}

  /**
   * The first sentence of a text, on one line: up to the first {@code .}, {@code !} or {@code ?} that is
   * followed by white space or the end, skipping common abbreviations; the whole text if there is none.
   */
  static String first(String text) {
    String flat = Markdown.oneSpaced(text);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && (i + 1 == flat.length() || flat.charAt(i + 1) == ' ')) {
        if (c == '.' && isAbbreviation(flat, i)) {
          continue;
        }
        return flat.substring(0, i + 1);
      }
    }
    return flat;
  }

  /** "1 error", "3 errors": {@code plural} is used for every count but one. */
  /** "a", "a or b", "a, b or c". */
  static String either(java.util.List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }

  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  private static boolean isAbbreviation(String text, int period) {
    int start = text.lastIndexOf(' ', period - 1) + 1;
    String word = text.substring(start, period).toLowerCase(Locale.ROOT);
    // A single letter before the period is an initial or an enumeration ("a. b."), not a sentence end.
    return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
  }
}
