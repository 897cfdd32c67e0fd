package dev.errorcatalog.runtime;

import java.util.Map;
import java.util.TreeMap;

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
    Node<V> root = new Node<>();
    byKey.forEach((key, value) -> {
      Node<V> node = root;
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(backwards ? key.length() - 1 - i : i);
        node = node.kids.computeIfAbsent(c, k -> new Node<>());
      }
      node.value = value;
    });
    CharTrie<V> frozen = root.freeze("", backwards);
    frozen.link(null);
    return frozen;
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

  /** The trie as it is built: one node per character. */
  private static final class Node<V> {
    final TreeMap<Character, Node<V>> kids = new TreeMap<>();
    V value;

    /** Freezes this node, reached by {@code edge} (in text order), merging chains below it into edges. */
    CharTrie<V> freeze(String edge, boolean backwards) {
      char[] firsts = new char[kids.size()];
      @SuppressWarnings("unchecked")
      CharTrie<V>[] frozen = (CharTrie<V>[]) new CharTrie<?>[kids.size()];
      int i = 0;
      for (Map.Entry<Character, Node<V>> e : kids.entrySet()) {
        StringBuilder walked = new StringBuilder().append(e.getKey().charValue());
        Node<V> end = e.getValue();
        while (end.value == null && end.kids.size() == 1) {
          Map.Entry<Character, Node<V>> only = end.kids.firstEntry();
          walked.append(only.getKey().charValue());
          end = only.getValue();
        }
        firsts[i] = e.getKey();
        frozen[i] = end.freeze((backwards ? walked.reverse() : walked).toString(), backwards);
        i++;
      }
      return new CharTrie<>(edge, firsts, frozen, value);
    }
  }
}
