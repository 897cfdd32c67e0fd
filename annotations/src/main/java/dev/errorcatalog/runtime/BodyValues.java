package dev.errorcatalog.runtime;

/**
 * The scalars one decode found at the pointers the catalog names, one slot per distinct pointer. The first
 * occurrence wins when a body repeats a key.
 */
final class BodyValues {

  static final byte ABSENT = 0;
  static final byte STRING = 1;
  static final byte NUMBER = 2;
  static final byte TRUE = 3;
  static final byte FALSE = 4;
  static final byte NULL = 5;

  final String[] texts;
  final byte[] kinds;
  int found;

  BodyValues(int slots) {
    texts = new String[slots];
    kinds = new byte[slots];
  }

  void set(int slot, byte kind, String text) {
    if (kinds[slot] == ABSENT) {
      kinds[slot] = kind;
      texts[slot] = text;
      found++;
    }
  }

  /** The text of a string, number or boolean at a slot; {@code null} for absent, null or no slot. */
  String scalar(int slot) {
    if (slot < 0 || kinds[slot] == ABSENT || kinds[slot] == NULL) {
      return null;
    }
    return texts[slot];
  }

  boolean complete() {
    return found == texts.length;
  }
}
