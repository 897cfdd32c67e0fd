package dev.errorcatalog.runtime;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable trie of strings to values, walked along a text from its start or from its end: it finds every
 * key that is a prefix (or a suffix) of the text in one pass, whatever the number of keys.
 */
final class CharTrie<V> {

  private final char[] keys;
  private final CharTrie<V>[] kids;
  private final V value;
  private final int depth;

  private CharTrie(char[] keys, CharTrie<V>[] kids, V value, int depth) {
    this.keys = keys;
    this.kids = kids;
    this.value = value;
    this.depth = depth;
  }

  /** A trie of the keys; with {@code backwards}, keys are stored last character first (for suffix search). */
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
    return root.freeze();
  }

  /** The longest key. */
  int depth() {
    return depth;
  }

  /**
   * Puts the values of all keys that start (or, {@code backwards}, end) the text into {@code out}, shortest
   * key first, and returns how many; {@code out} needs {@link #depth()} + 1 places.
   */
  int matches(String text, boolean backwards, Object[] out) {
    int count = 0;
    CharTrie<V> node = this;
    int n = text.length();
    for (int i = 0; ; i++) {
      if (node.value != null) {
        out[count++] = node.value;
      }
      if (i >= n || node.keys.length == 0) {
        return count;
      }
      int k = Arrays.binarySearch(node.keys, text.charAt(backwards ? n - 1 - i : i));
      if (k < 0) {
        return count;
      }
      node = node.kids[k];
    }
  }

  private static final class Node<V> {
    final TreeMap<Character, Node<V>> kids = new TreeMap<>();
    V value;

    CharTrie<V> freeze() {
      char[] keys = new char[kids.size()];
      @SuppressWarnings("unchecked")
      CharTrie<V>[] frozen = (CharTrie<V>[]) new CharTrie<?>[kids.size()];
      int i = 0;
      int depth = 0;
      for (Map.Entry<Character, Node<V>> e : kids.entrySet()) {
        keys[i] = e.getKey();
        frozen[i] = e.getValue().freeze();
        depth = Math.max(depth, frozen[i].depth + 1);
        i++;
      }
      return new CharTrie<>(keys, frozen, value, depth);
    }
  }
}
