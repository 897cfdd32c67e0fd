package dev.errorcatalog.runtime;

import java.util.Arrays;
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

  /** {@code other}'s slots: a copy of them, or ({@code copy} false) the same arrays, for a view never written to. */
  BodyValues(BodyValues other, boolean copy) {
    texts = copy ? other.texts.clone() : other.texts;
    kinds = copy ? other.kinds.clone() : other.kinds;
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

  /**
   * The strings, numbers and booleans of every element at a slot through an array, in the body's order: an
   * immutable list (empty for a slot at a fixed place).
   */
  final List<String> list(int slot) {
    int size = 0;
    for (int i = 0, count = elementCount(slot); i < count; i++) {
      size += hasText(elementKind(slot, i)) ? 1 : 0;
    }
    if (size <= 2) {
      // List.of of one or two values holds them without an array.
      String first = size == 0 ? null : listValue(slot, 0);
      return size == 0 ? List.of() : size == 1 ? List.of(first) : List.of(first, listValue(slot, 1));
    }
    String[] texts = new String[size];
    for (int i = 0, k = 0, count = elementCount(slot); i < count; i++) {
      if (hasText(elementKind(slot, i))) {
        texts[k++] = elementText(slot, i);
      }
    }
    return List.of(texts);
  }

  /** The {@code n}th value of {@link #list} (which must have it), without making the list. */
  final String listValue(int slot, int n) {
    for (int i = 0, count = elementCount(slot); i < count; i++) {
      if (hasText(elementKind(slot, i)) && n-- == 0) {
        return elementText(slot, i);
      }
    }
    return null;
  }

  /** The values of {@link #list} joined by {@code ", "}, {@code null} for none; without making the list. */
  final String joined(int slot) {
    String one = null;
    StringBuilder more = null;
    for (int i = 0, count = elementCount(slot); i < count; i++) {
      if (!hasText(elementKind(slot, i))) {
        continue;
      }
      String text = elementText(slot, i);
      if (one == null) {
        one = text;
      } else {
        more = more == null ? new StringBuilder(one) : more;
        more.append(", ").append(text);
      }
    }
    return more == null ? one : more.toString();
  }

  private static boolean hasText(byte kind) {
    return kind != ABSENT && kind != NULL;
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
    /**
     * Per slot through an array, its column in the element table (-1 for the others); shared with the trie. The
     * table is one row per element, a column per such slot: a body with a one-element array fills one short row,
     * not an array of {@link #MAX_ELEMENTS} per slot.
     */
    private final int[] columnOfSlot;
    private final int columns;
    /** Per array {@code a}: at {@code 2a} the element being read, at {@code 2a + 1} the number of elements read. */
    private final int[] progress;
    /** The element table (row-major), allocated when the first element is read and grown by rows. */
    private String[] elementTexts;
    private byte[] elementKinds;
    /** The array this is a view of one element of, or -1. */
    private final int viewOf;

    Elements(int slots, int[] starOfSlot, int[] columnOfSlot, int columns, int stars) {
      super(slots);
      this.starOfSlot = starOfSlot;
      this.columnOfSlot = columnOfSlot;
      this.columns = columns;
      this.progress = new int[2 * stars];
      this.viewOf = -1;
    }

    /**
     * A view of one element. The first element's values are the slots' own (both keep the first value read), so its
     * view shares the slot arrays; a later element's view copies them and puts that element's values in.
     */
    private Elements(Elements all, int star, int element) {
      super(all, element != 0);
      starOfSlot = all.starOfSlot;
      columnOfSlot = all.columnOfSlot;
      columns = all.columns;
      progress = all.progress;
      elementTexts = all.elementTexts;
      elementKinds = all.elementKinds;
      viewOf = star;
      if (element != 0) {
        for (int slot = 0; slot < texts.length; slot++) {
          if (starOf(slot) == star) {
            kinds[slot] = elementKind(slot, element);
            texts[slot] = elementText(slot, element);
          }
        }
      }
    }

    /** Sets a slot through an array, at the element being read: its first element is also the slot's value. */
    void setElement(int slot, int star, byte kind, String text) {
      int element = progress[2 * star];
      int cell = element * columns + columnOfSlot[slot];
      if (elementKinds == null || cell >= elementKinds.length) {
        // Room for two elements at first, then twice as many rows each time: arrays of errors are short.
        int rows = elementKinds == null ? 2 : elementKinds.length / columns * 2;
        rows = Math.max(rows, element + 1);
        elementKinds = elementKinds == null ? new byte[rows * columns] : Arrays.copyOf(elementKinds, rows * columns);
        elementTexts = elementTexts == null ? new String[rows * columns] : Arrays.copyOf(elementTexts, rows * columns);
      }
      if (elementKinds[cell] == ABSENT) {
        elementKinds[cell] = kind;
        elementTexts[cell] = text;
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
      return star < 0 ? 0 : progress[2 * star + 1];
    }

    /** The array {@code star}'s element {@code index} is read from here on. */
    void startElement(int star, int index) {
      progress[2 * star] = index;
      progress[2 * star + 1] = index + 1;
    }

    /** The element of the array {@code star} being read. */
    int elementRead(int star) {
      return progress[2 * star];
    }

    /** The number of elements read of the array {@code star}. */
    int elementsRead(int star) {
      return progress[2 * star + 1];
    }

    /** The cell of a slot's value at an element, or -1 where none was stored. */
    private int cell(int slot, int element) {
      if (elementKinds == null || columnOfSlot[slot] < 0) {
        return -1;
      }
      int cell = element * columns + columnOfSlot[slot];
      return cell < elementKinds.length ? cell : -1;
    }

    @Override
    byte elementKind(int slot, int element) {
      int cell = cell(slot, element);
      return cell < 0 ? ABSENT : elementKinds[cell];
    }

    @Override
    String elementText(int slot, int element) {
      int cell = cell(slot, element);
      return cell < 0 ? null : elementTexts[cell];
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
