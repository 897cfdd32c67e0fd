package dev.errorcatalog.runtime;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable trie of strings to values, walked along a text from its start or from its end: it finds every
 * key that is a prefix (or a suffix) of the text in one pass, whatever the number of keys.
 *
 * <p>Chains of nodes with one child and no value are merged into one edge holding their characters (a radix
 * tree): a template's leading literal is usually one long chain, compared in one {@code startsWith} instead of
 * a lookup per character. Each node with a value links to the next shorter key on its path, so the keys that
 * fit a text are visited longest first without walking the nodes in between and without allocating.
 */
final class CharTrie<V> {

  /** The characters of the edge into this node, in the text's own order (also for backward tries). */
  private final String edge;
  /** The first character each child's edge meets along the walk, ascending. */
  private final char[] firsts;
  private final CharTrie<V>[] kids;
  private final V value;
  /** The node of the next shorter key on this node's path (a proper prefix or suffix), or {@code null}. */
  private CharTrie<V> shorter;

  private CharTrie(String edge, char[] firsts, CharTrie<V>[] kids, V value) {
    this.edge = edge;
    this.firsts = firsts;
    this.kids = kids;
    this.value = value;
  }

  /** A trie of the keys; with {@code backwards}, it is walked from the end of a text (for suffix search). */
  static <V> CharTrie<V> of(Map<String, V> byKey, boolean backwards) {
    // Built from the keys sorted in walk order rather than one node per character: a status's templates
    // make tens of thousands of characters of keys, and this runs when a decode first needs them (in a
    // fresh JVM mostly interpreted), so it allocates one node per branch or key and nothing else.
    @SuppressWarnings("unchecked")
    Map.Entry<String, V>[] sorted = (Map.Entry<String, V>[]) new Map.Entry<?, ?>[byKey.size()];
    int n = 0;
    for (Map.Entry<String, V> e : byKey.entrySet()) {
      String key = e.getKey();
      sorted[n++] = Map.entry(backwards ? new StringBuilder(key).reverse().toString() : key, e.getValue());
    }
    Arrays.sort(sorted, Map.Entry.comparingByKey());
    CharTrie<V> root = build(sorted, 0, n, 0, "", backwards);
    root.link(null);
    return root;
  }

  /**
   * The node of the keys {@code sorted[from, to)} (in walk order), which share their first {@code depth}
   * characters and no more than that all of them, reached by {@code edge} (in text order).
   */
  private static <V> CharTrie<V> build(Map.Entry<String, V>[] sorted, int from, int to, int depth, String edge,
      boolean backwards) {
    V value = null;
    if (from < to && sorted[from].getKey().length() == depth) {
      value = sorted[from].getValue(); // sorted: the key that ends here comes first
      from++;
    }
    int groups = 0;
    for (int i = from; i < to; i++) {
      if (i == from || sorted[i].getKey().charAt(depth) != sorted[i - 1].getKey().charAt(depth)) {
        groups++;
      }
    }
    char[] firsts = new char[groups];
    @SuppressWarnings("unchecked")
    CharTrie<V>[] kids = (CharTrie<V>[]) new CharTrie<?>[groups];
    int g = 0;
    for (int start = from; start < to; g++) {
      String first = sorted[start].getKey();
      char c = first.charAt(depth);
      int stop = start + 1;
      while (stop < to && sorted[stop].getKey().charAt(depth) == c) {
        stop++;
      }
      // The group's edge runs as far as its first and last keys agree (in sorted order, as far as all of
      // them do), and no further than its shortest key, which sorts first.
      String last = sorted[stop - 1].getKey();
      int end = depth + 1;
      while (end < first.length() && end < last.length() && first.charAt(end) == last.charAt(end)) {
        end++;
      }
      String walked = first.substring(depth, end);
      firsts[g] = c;
      kids[g] = build(sorted, start, stop, end,
          backwards ? new StringBuilder(walked).reverse().toString() : walked, backwards);
      start = stop;
    }
    return new CharTrie<>(edge, firsts, kids, value);
  }

  /** Sets every node's link to the nearest key above it. */
  private void link(CharTrie<V> above) {
    shorter = above;
    CharTrie<V> next = value != null ? this : above;
    for (CharTrie<V> kid : kids) {
      kid.link(next);
    }
  }

  /**
   * The node of the longest key that starts the text (or, {@code backwards}, ends it), or {@code null} when
   * none does. The shorter keys that fit follow by {@link #shorter()}, longest first.
   */
  CharTrie<V> longest(String text, boolean backwards) {
    CharTrie<V> node = this;
    CharTrie<V> best = value != null ? this : null;
    int n = text.length();
    int depth = 0;
    while (depth < n && node.kids.length > 0) {
      CharTrie<V> kid = node.kid(text.charAt(backwards ? n - 1 - depth : depth));
      if (kid == null) {
        break;
      }
      int length = kid.edge.length();
      if (depth + length > n || !text.startsWith(kid.edge, backwards ? n - depth - length : depth)) {
        break;
      }
      depth += length;
      node = kid;
      if (node.value != null) {
        best = node;
      }
    }
    return best;
  }

  /** False when no key can start a text that starts with {@code c} (for a forward trie: no empty key either). */
  boolean mayStartWith(char c) {
    return value != null || kid(c) != null;
  }

  private CharTrie<V> kid(char c) {
    char[] f = firsts;
    if (f.length <= 8) {
      for (int i = 0; i < f.length; i++) {
        if (f[i] == c) {
          return kids[i];
        }
      }
      return null;
    }
    int lo = 0;
    int hi = f.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (f[mid] < c) {
        lo = mid + 1;
      } else if (f[mid] > c) {
        hi = mid - 1;
      } else {
        return kids[mid];
      }
    }
    return null;
  }

  /** The value of the key ending at this node ({@code null} only at a root without the empty key). */
  V value() {
    return value;
  }

  /** The node of the next shorter key that fits wherever this one does; {@code null} after the shortest. */
  CharTrie<V> shorter() {
    return shorter;
  }
}
