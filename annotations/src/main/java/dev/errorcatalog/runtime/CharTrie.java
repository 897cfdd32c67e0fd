package dev.errorcatalog.runtime;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable trie of strings to values, walked along a text from its start or from its end: it finds every
 * key that is a prefix (or a suffix) of the text in one pass, whatever the number of keys. Immutable once
 * {@link #of} returns (the parent links are set while freezing).
 */
final class CharTrie<V> {

  private final char[] keys;
  private final CharTrie<V>[] kids;
  private final V value;
  /** Set once, while freezing; lets a search walk its path back up without collecting it. */
  private CharTrie<V> parent;

  private CharTrie(char[] keys, CharTrie<V>[] kids, V value) {
    this.keys = keys;
    this.kids = kids;
    this.value = value;
    for (CharTrie<V> kid : kids) {
      kid.parent = this;
    }
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

  /**
   * The deepest node along the text, read from its start (or, {@code backwards}, from its end). The keys that
   * start (or end) the text are the values on the way from that node up to the root, by {@link #parent()}:
   * the longest first, with nothing allocated.
   */
  CharTrie<V> deepest(String text, boolean backwards) {
    CharTrie<V> node = this;
    int n = text.length();
    for (int i = 0; i < n && node.keys.length > 0; i++) {
      int k = Arrays.binarySearch(node.keys, text.charAt(backwards ? n - 1 - i : i));
      if (k < 0) {
        break;
      }
      node = node.kids[k];
    }
    return node;
  }

  /** The value of the key ending at this node, or {@code null}. */
  V value() {
    return value;
  }

  /** The node one character up; {@code null} at the root. */
  CharTrie<V> parent() {
    return parent;
  }

  private static final class Node<V> {
    final TreeMap<Character, Node<V>> kids = new TreeMap<>();
    V value;

    CharTrie<V> freeze() {
      char[] keys = new char[kids.size()];
      @SuppressWarnings("unchecked")
      CharTrie<V>[] frozen = (CharTrie<V>[]) new CharTrie<?>[kids.size()];
      int i = 0;
      for (Map.Entry<Character, Node<V>> e : kids.entrySet()) {
        keys[i] = e.getKey();
        frozen[i] = e.getValue().freeze();
        i++;
      }
      return new CharTrie<>(keys, frozen, value);
    }
  }
}
