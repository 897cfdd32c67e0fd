package dev.errorcatalog.runtime;

import java.util.Collection;

/**
 * A fixed set of strings looked up by the parser's characters: a value the catalog knows (a documented
 * code) is found without making a String of it, and the String returned is the catalog's own, its hash
 * already computed. Open addressing over a power-of-two table, at most half full.
 */
final class KnownTexts {

  private final String[] table;
  private final int mask;

  /** Duplicates are dropped as the table is filled (no set of thousands of codes made first), the first kept. */
  KnownTexts(Collection<String> texts) {
    int size = Integer.highestOneBit(Math.max(2, texts.size()) * 2 - 1) << 1;
    table = new String[size];
    mask = size - 1;
    for (String t : texts) {
      int i = spread(t.hashCode()) & mask;
      while (table[i] != null && !table[i].equals(t)) {
        i = (i + 1) & mask;
      }
      if (table[i] == null) {
        table[i] = t;
      }
    }
  }

  /** The known string equal to {@code chars[offset, offset + length)}, or {@code null}. */
  String find(char[] chars, int offset, int length) {
    int h = 0;
    for (int k = 0; k < length; k++) {
      h = 31 * h + chars[offset + k];
    }
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String t = table[i];
      if (t == null) {
        return null;
      }
      if (t.length() == length && sameChars(t, chars, offset)) {
        return t;
      }
    }
  }

  private static boolean sameChars(String t, char[] chars, int offset) {
    for (int k = 0; k < t.length(); k++) {
      if (t.charAt(k) != chars[offset + k]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
