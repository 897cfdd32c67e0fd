package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharTrieTest {

  /** The keys the trie finds for a text, in the order it visits them. */
  private static List<String> found(CharTrie<String> trie, String text, boolean backwards) {
    List<String> keys = new ArrayList<>();
    for (CharTrie<String> node = trie.longest(text, backwards); node != null; node = node.shorter()) {
      keys.add(node.value());
    }
    return keys;
  }

  /** What the trie must find: every key that starts (ends) the text, longest first. */
  private static List<String> expected(Map<String, String> keys, String text, boolean backwards) {
    return keys.keySet().stream()
        .filter(k -> backwards ? text.endsWith(k) : text.startsWith(k))
        .sorted((a, b) -> b.length() - a.length())
        .toList();
  }

  private static CharTrie<String> trie(boolean backwards, String... keys) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String k : keys) {
      map.put(k, k);
    }
    return CharTrie.of(map, backwards);
  }

  @Test
  void findsEveryPrefixLongestFirst() {
    CharTrie<String> trie = trie(false, "Order ", "Order not found: ", "Or", "Invoice ", "");
    assertEquals(List.of("Order not found: ", "Order ", "Or", ""), found(trie, "Order not found: 42", false));
    assertEquals(List.of("Order ", "Or", ""), found(trie, "Order 42 not found", false));
    assertEquals(List.of("Or", ""), found(trie, "Ord", false));
    assertEquals(List.of(""), found(trie, "O", false));
    assertEquals(List.of(""), found(trie, "", false));
  }

  @Test
  void findsEverySuffixLongestFirst() {
    CharTrie<String> trie = trie(true, " not found", "found", " is locked", "d");
    assertEquals(List.of(" not found", "found", "d"), found(trie, "Order 42 not found", true));
    assertEquals(List.of("found", "d"), found(trie, "Order 42 was found", true));
    assertEquals(List.of(), found(trie, "Order 42 is locked!", true));
  }

  @Test
  void aKeyEndingInsideAMergedEdgeIsNotFound() {
    CharTrie<String> trie = trie(false, "Quota of requests exceeded");
    assertEquals(List.of(), found(trie, "Quota of", false));
    assertEquals(List.of(), found(trie, "Quota of requests exceede", false));
    assertEquals(List.of("Quota of requests exceeded"), found(trie, "Quota of requests exceeded", false));
  }

  @Test
  void manyBranchesAtOneNode() {
    List<String> keys = new ArrayList<>();
    for (char c = ' '; c < '~'; c++) {
      keys.add("x" + c);
    }
    CharTrie<String> trie = trie(false, keys.toArray(String[]::new));
    for (String k : keys) {
      assertEquals(List.of(k), found(trie, k + "tail", false), k);
    }
    assertEquals(List.of(), found(trie, "x~", false));
  }

  @Test
  void agreesWithAPlainScanOnRandomKeys() {
    Random random = new Random(20261122);
    for (int round = 0; round < 300; round++) {
      Map<String, String> keys = new LinkedHashMap<>();
      int count = 1 + random.nextInt(30);
      for (int i = 0; i < count; i++) {
        String k = randomText(random, random.nextInt(8));
        keys.put(k, k);
      }
      boolean backwards = random.nextBoolean();
      CharTrie<String> trie = CharTrie.of(keys, backwards);
      for (int t = 0; t < 40; t++) {
        String text = randomText(random, random.nextInt(12));
        assertEquals(expected(keys, text, backwards), found(trie, text, backwards),
            () -> keys.keySet() + " / " + text + " / backwards=" + backwards);
      }
    }
  }

  private static String randomText(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append("ab c".charAt(random.nextInt(4)));
    }
    return s.toString();
  }
}
