package dev.errorcatalog.processor.docs;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps a page's ids unique. A site generator gives every heading an id made from its text; every entry
 * also has an explicit anchor, {@code CatalogError.anchor()}, which code and logs link to. An entry whose
 * code reads like a section ({@code SUMMARY}, {@code ERRORS}) would share its anchor with that section's
 * heading, and a browser follows a link to the first of the two. The anchors are a public contract, so the
 * section heading gives way: it takes its alternate wording, or a number.
 */
final class HeadingIds {

  // Compiled once: every heading of a page is slugged.
  private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");
  private static final Pattern DROPPED = Pattern.compile("[^\\w\\s-]");
  private static final Pattern HYPHENS = Pattern.compile("[-\\s]+");

  private final Set<String> taken;

  /** @param anchors the explicit anchors already on the page */
  HeadingIds(Collection<String> anchors) {
    this.taken = new HashSet<>(anchors);
  }

  /**
   * The first of {@code texts} whose id is still free, else the last numbered (" (2)", " (3)", ...); its id
   * is then taken.
   */
  String claim(String... texts) {
    for (String text : texts) {
      if (taken.add(slug(text))) {
        return text;
      }
    }
    String last = texts[texts.length - 1];
    for (int n = 2; ; n++) {
      String numbered = last + " (" + n + ")";
      if (taken.add(slug(numbered))) {
        return numbered;
      }
    }
  }

  /** {@code id} if still free, else {@code id-2}, {@code id-3}, ...; the returned id is then taken. */
  String claimId(String id) {
    if (taken.add(id)) {
      return id;
    }
    for (int n = 2; ; n++) {
      if (taken.add(id + "-" + n)) {
        return id + "-" + n;
      }
    }
  }

  /**
   * The id MkDocs gives a heading (Python-Markdown's {@code toc} slugify): accents dropped, non-ASCII
   * removed, every character but letters, digits, {@code _}, {@code -} and spaces removed, lower case, each
   * run of spaces and hyphens one hyphen. GitHub's slugger agrees on the plain words this is used for.
   */
  static String slug(String text) {
    String ascii = NON_ASCII.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String kept = DROPPED.matcher(ascii).replaceAll("").strip().toLowerCase(Locale.ROOT);
    return HYPHENS.matcher(kept).replaceAll("-");
  }
}
