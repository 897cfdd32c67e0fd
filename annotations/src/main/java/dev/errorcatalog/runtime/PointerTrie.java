package dev.errorcatalog.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every pointer the catalog's shapes name, merged into one tree that is walked alongside the token stream:
 * one pass over a body finds the values at all pointers, and whatever no pointer names is skipped without
 * being decoded.
 */
final class PointerTrie {

  private static final class Node {
    final Map<String, Node> keys = new HashMap<>();
    /** The values of {@link #keys}, in the order they were added. */
    private Node[] children = new Node[0];
    /**
     * Per child, the last name String the parser handed over for its key. Jackson canonicalizes the names of small
     * bodies: the same key comes back as the same String, so it is found here by identity, one comparison per key,
     * before the map is asked (hashing aside, the map compares the characters of the name with the key's). Written
     * by any decode, read by all: a String is immutable, so a racing reader sees a whole one, or an older one and
     * asks the map.
     */
    private String[] seen = new String[0];
    Node[] indexes = new Node[0];
    /** The node of {@code *}: every element of the array here, or {@code null}. */
    Node star;
    /** The number of that array among the catalog's arrays read through {@code *}. */
    int starId = -1;
    int slot = -1;
    /** This node's place in its parent's {@link #children}. */
    private int place;

    Node child(String token) {
      Node child = keys.get(token);
      if (child == null) {
        child = new Node();
        child.place = children.length;
        keys.put(token, child);
        children = Arrays.copyOf(children, children.length + 1);
        children[child.place] = child;
        seen = new String[children.length];
      }
      return child;
    }

    /** The child of the key a body's member name is, or {@code null}. */
    Node childNamed(String name) {
      String[] seen = this.seen;
      for (int i = 0; i < seen.length; i++) {
        if (seen[i] == name) {
          return children[i];
        }
      }
      Node child = keys.get(name);
      if (child != null) {
        seen[child.place] = name;
      }
      return child;
    }
  }

  private final Node root = new Node();
  private final Map<String, Integer> slots = new LinkedHashMap<>();
  /** Per slot, the array its pointer reads through ({@code *}), or -1. */
  private int[] starOfSlot = new int[0];
  /** Per slot through an array, its column in {@link BodyValues.Elements}' element table; -1 for the others. */
  private int[] columnOfSlot = new int[0];
  private int columns;
  private int stars;
  /** Per slot, the values the catalog knows there (documented codes), or {@code null}. */
  private KnownTexts[] known = new KnownTexts[0];

  /** The slot of a pointer, the same slot for the same pointer. */
  int slotOf(String pointer) {
    Integer known = slots.get(pointer);
    if (known != null) {
      return known;
    }
    Node node = root;
    int star = -1;
    for (String token : JsonPointers.tokens(pointer)) {
      if (token.equals(JsonPointers.ANY_ELEMENT)) {
        if (star >= 0) {
          throw new IllegalArgumentException("a pointer reads through one '*' at most: " + pointer);
        }
        if (node.star == null) {
          node.star = new Node();
          node.starId = stars++;
        }
        star = node.starId;
        node = node.star;
        continue;
      }
      Node child = node.child(token);
      // A token like "0" names a key in an object and an index in an array: both lead to the same node.
      int index = JsonPointers.arrayIndex(token);
      if (index >= 0) {
        if (node.indexes.length <= index) {
          node.indexes = Arrays.copyOf(node.indexes, index + 1);
        }
        node.indexes[index] = child;
      }
      node = child;
    }
    int slot = slots.size();
    node.slot = slot;
    slots.put(pointer, slot);
    starOfSlot = Arrays.copyOf(starOfSlot, slot + 1);
    starOfSlot[slot] = star;
    columnOfSlot = Arrays.copyOf(columnOfSlot, slot + 1);
    columnOfSlot[slot] = star < 0 ? -1 : columns++;
    return slot;
  }

  /** Empty values for one decode: a slot per pointer, and room for the arrays read through {@code *}. */
  BodyValues newValues() {
    return stars == 0 ? new BodyValues(slots.size())
        : new BodyValues.Elements(slots.size(), starOfSlot, columnOfSlot, columns, stars);
  }

  /** Values at this slot equal to one of {@code texts} are read as that very String (see {@link KnownTexts}). */
  void know(int slot, Collection<String> texts) {
    if (known.length <= slot) {
      known = Arrays.copyOf(known, slot + 1);
    }
    known[slot] = new KnownTexts(texts);
  }

  int size() {
    return slots.size();
  }

  List<String> pointers() {
    return List.copyOf(slots.keySet());
  }

  /**
   * Reads the first JSON value of the parser into {@code values}. Stops at the end of that value, or as
   * soon as every slot is filled; throws what the parser throws (the caller keeps what was found).
   */
  void read(JsonParser parser, BodyValues values) throws IOException {
    JsonToken token = parser.nextToken();
    if (token != null && !values.complete()) {
      readValue(parser, token, root, values);
    }
  }

  /**
   * Reads one member or element into its node, or skips it when no pointer goes there; true once every
   * slot is filled, so the caller can stop reading.
   */
  private boolean visit(JsonParser parser, JsonToken value, Node child, BodyValues values) throws IOException {
    if (child == null) {
      if (value.isStructStart()) {
        parser.skipChildren();
      }
      return false;
    }
    readValue(parser, value, child, values);
    return values.complete();
  }

  private void readValue(JsonParser parser, JsonToken token, Node node, BodyValues values)
      throws IOException {
    switch (token) {
      case START_OBJECT -> {
        if (node.keys.isEmpty()) {
          parser.skipChildren();
          return;
        }
        // Each name is looked up as the parser gives it: canonicalized by jackson for small bodies (the same
        // String every time, its hash cached), a fresh String for large ones. Bodies in any key order cost
        // the same.
        String name;
        while ((name = parser.nextFieldName()) != null) {
          Node child = node.childNamed(name);
          JsonToken value = parser.nextToken();
          if (value == null) {
            return;
          }
          if (visit(parser, value, child, values)) {
            return;
          }
        }
      }
      case START_ARRAY -> {
        if (node.star != null) {
          readElements(parser, node, values);
          return;
        }
        if (node.indexes.length == 0) {
          parser.skipChildren();
          return;
        }
        int index = 0;
        JsonToken value;
        while ((value = parser.nextToken()) != JsonToken.END_ARRAY && value != null) {
          Node child = index < node.indexes.length ? node.indexes[index] : null;
          if (visit(parser, value, child, values)) {
            return;
          }
          index++;
        }
      }
      case VALUE_STRING -> set(node, values, BodyValues.STRING, parser);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> set(node, values, BodyValues.NUMBER, parser);
      case VALUE_TRUE -> set(node, values, BodyValues.TRUE, parser);
      case VALUE_FALSE -> set(node, values, BodyValues.FALSE, parser);
      case VALUE_NULL -> set(node, values, BodyValues.NULL, parser);
      default -> {
        // Embedded objects and other tokens carry nothing a catalog names.
      }
    }
  }

  /**
   * Reads every element of an array through {@code *}, each as the element being read, up to
   * {@link BodyValues#MAX_ELEMENTS}; skips the rest. A fixed index into the same array is not read: a catalog
   * names an array by {@code *} or by index, never both (EC018).
   */
  private void readElements(JsonParser parser, Node node, BodyValues values) throws IOException {
    int star = node.starId;
    int index = 0;
    JsonToken value;
    while ((value = parser.nextToken()) != JsonToken.END_ARRAY && value != null) {
      if (index < BodyValues.MAX_ELEMENTS) {
        BodyValues.Elements elements = (BodyValues.Elements) values;
        elements.startElement(star, index);
        readValue(parser, value, node.star, values);
      } else if (value.isStructStart()) {
        parser.skipChildren();
      }
      index++;
    }
  }

  private void set(Node node, BodyValues values, byte kind, JsonParser parser) throws IOException {
    int slot = node.slot;
    if (slot < 0) {
      return;
    }
    int star = starOfSlot[slot];
    if (star < 0 ? values.kinds[slot] == BodyValues.ABSENT
        : values.elementKind(slot, ((BodyValues.Elements) values).elementRead(star)) == BodyValues.ABSENT) {
      String text = null;
      if (slot < known.length && known[slot] != null) {
        text = known[slot].find(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      }
      text = text != null ? text : parser.getText();
      if (star < 0) {
        values.set(slot, kind, text);
      } else {
        ((BodyValues.Elements) values).setElement(slot, star, kind, text);
      }
    }
  }
}
