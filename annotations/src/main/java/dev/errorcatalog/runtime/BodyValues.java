package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The scalars one decode found at the pointers the catalog names, one slot per distinct pointer. The first
 * occurrence wins when a body repeats a key.
 *
 * <p>A catalog that reads arrays through {@code *} ({@code /errors/*}{@code /code}) gets {@link Elements}, which keep
 * every element's values beside the slots; catalogs without one get this class alone, as small as before arrays came
 * (a decode allocates one per body).
 */
class BodyValues {

  static final byte ABSENT = 0;
  static final byte STRING = 1;
  static final byte NUMBER = 2;
  static final byte TRUE = 3;
  static final byte FALSE = 4;
  static final byte NULL = 5;

  /** Elements read per array: further ones are skipped, as the body's limits bound everything else. */
  static final int MAX_ELEMENTS = 32;

  final String[] texts;
  final byte[] kinds;
  int found;

  BodyValues(int slots) {
    texts = new String[slots];
    kinds = new byte[slots];
  }

  /** A copy of {@code other}'s slots. */
  BodyValues(BodyValues other) {
    texts = other.texts.clone();
    kinds = other.kinds.clone();
    found = other.found;
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

  /** The array a slot reads through, or -1 for a slot at a fixed place. */
  int starOf(int slot) {
    return -1;
  }

  /**
   * True when a slot has a value per element here: it reads through an array, and this is not a view of one element
   * of that array.
   */
  boolean perElement(int slot) {
    return false;
  }

  /** The number of elements read of the array a slot reads through; 0 for a slot at a fixed place. */
  int elementCount(int slot) {
    return 0;
  }

  byte elementKind(int slot, int element) {
    return ABSENT;
  }

  String elementText(int slot, int element) {
    return null;
  }

  /** The strings, numbers and booleans of every element at a slot through an array, in the body's order. */
  List<String> list(int slot) {
    return List.of();
  }

  /** True once every slot has a value. */
  boolean complete() {
    return found == texts.length;
  }

  /**
   * The values of a catalog that reads arrays through {@code *}: each such slot holds the first element's value, as a
   * fixed index would, and the values of all elements (up to {@link #MAX_ELEMENTS}) are kept beside it. A view of one
   * element ({@link #element}) reads that element's values at every slot of its array, so one entry's code, message
   * and fields come from the same element.
   */
  static final class Elements extends BodyValues {

    /** Per slot, the array ({@code *}) it reads through, or -1; shared with the trie, never changed. */
    private final int[] starOfSlot;
    /** Per array, the element being read, then the number of elements read. */
    final int[] elementAt;
    final int[] elements;
    /** Per slot through an array, its values per element; allocated when the first element is read. */
    private String[][] elementTexts;
    private byte[][] elementKinds;
    /** The array this is a view of one element of, or -1. */
    private final int viewOf;

    Elements(int slots, int[] starOfSlot, int stars) {
      super(slots);
      this.starOfSlot = starOfSlot;
      this.elementAt = new int[stars];
      this.elements = new int[stars];
      this.viewOf = -1;
    }

    private Elements(Elements all, int star, int element) {
      super(all);
      starOfSlot = all.starOfSlot;
      elementAt = all.elementAt;
      elements = all.elements;
      elementTexts = all.elementTexts;
      elementKinds = all.elementKinds;
      viewOf = star;
      for (int slot = 0; slot < texts.length; slot++) {
        if (starOf(slot) == star) {
          kinds[slot] = elementKind(slot, element);
          texts[slot] = elementText(slot, element);
        }
      }
    }

    /** Sets a slot through an array, at the element being read: its first element is also the slot's value. */
    void setElement(int slot, int star, byte kind, String text) {
      int element = elementAt[star];
      if (elementKinds == null) {
        elementKinds = new byte[texts.length][];
        elementTexts = new String[texts.length][];
      }
      if (elementKinds[slot] == null) {
        elementKinds[slot] = new byte[MAX_ELEMENTS];
        elementTexts[slot] = new String[MAX_ELEMENTS];
      }
      if (elementKinds[slot][element] == ABSENT) {
        elementKinds[slot][element] = kind;
        elementTexts[slot][element] = text;
      }
      if (element == 0) {
        set(slot, kind, text);
      }
    }

    @Override
    int starOf(int slot) {
      return slot < 0 || slot >= starOfSlot.length ? -1 : starOfSlot[slot];
    }

    @Override
    boolean perElement(int slot) {
      int star = starOf(slot);
      return star >= 0 && star != viewOf;
    }

    @Override
    int elementCount(int slot) {
      int star = starOf(slot);
      return star < 0 ? 0 : elements[star];
    }

    @Override
    byte elementKind(int slot, int element) {
      return elementKinds == null || elementKinds[slot] == null ? ABSENT : elementKinds[slot][element];
    }

    @Override
    String elementText(int slot, int element) {
      return elementTexts == null || elementTexts[slot] == null ? null : elementTexts[slot][element];
    }

    @Override
    List<String> list(int slot) {
      int count = elementCount(slot);
      List<String> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        byte k = elementKind(slot, i);
        if (k != ABSENT && k != NULL) {
          list.add(elementText(slot, i));
        }
      }
      return list;
    }

    /** These values, reading one element of an array at each of that array's slots. */
    Elements element(int star, int element) {
      return new Elements(this, star, element);
    }

    /** Never while arrays are read: their later elements count too. */
    @Override
    boolean complete() {
      return false;
    }
  }
}
