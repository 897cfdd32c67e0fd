package dev.errorcatalog.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
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
    Node[] indexes = new Node[0];
    int slot = -1;
  }

  private final Node root = new Node();
  private final Map<String, Integer> slots = new LinkedHashMap<>();

  /** The slot of a pointer, the same slot for the same pointer. */
  int slotOf(String pointer) {
    Integer known = slots.get(pointer);
    if (known != null) {
      return known;
    }
    Node node = root;
    for (String token : JsonPointers.tokens(pointer)) {
      Node child = node.keys.computeIfAbsent(token, t -> new Node());
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
    return slot;
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

  private static void readValue(JsonParser parser, JsonToken token, Node node, BodyValues values)
      throws IOException {
    switch (token) {
      case START_OBJECT -> {
        if (node.keys.isEmpty()) {
          parser.skipChildren();
          return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          Node child = node.keys.get(parser.currentName());
          JsonToken value = parser.nextToken();
          if (value == null) {
            return;
          }
          if (child == null) {
            if (value.isStructStart()) {
              parser.skipChildren();
            }
          } else {
            readValue(parser, value, child, values);
            if (values.complete()) {
              return;
            }
          }
        }
      }
      case START_ARRAY -> {
        if (node.indexes.length == 0) {
          parser.skipChildren();
          return;
        }
        int index = 0;
        JsonToken value;
        while ((value = parser.nextToken()) != JsonToken.END_ARRAY && value != null) {
          Node child = index < node.indexes.length ? node.indexes[index] : null;
          if (child == null) {
            if (value.isStructStart()) {
              parser.skipChildren();
            }
          } else {
            readValue(parser, value, child, values);
            if (values.complete()) {
              return;
            }
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

  private static void set(Node node, BodyValues values, byte kind, JsonParser parser) throws IOException {
    if (node.slot >= 0 && values.kinds[node.slot] == BodyValues.ABSENT) {
      values.set(node.slot, kind, parser.getText());
    }
  }
}
