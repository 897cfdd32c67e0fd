package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a JSON document from values placed at JSON Pointers ({@code /errors/0/message} creates the array
 * and the object on the way; {@code *} is the first element) and writes it with full escaping. A value whose place is already taken by
 * another kind of node (a scalar where an object is needed) is dropped: the first value wins.
 */
final class JsonBodyWriter {

  /** A scalar already written as JSON. */
  private record Raw(String json) {}

  private Object root;

  /** Places a string value. */
  void string(String pointer, String value) {
    put(pointer, new Raw(JsonStrings.quote(value)));
  }

  /** Places a number, boolean or null literal exactly as given (the caller has checked it is valid JSON). */
  void literal(String pointer, String json) {
    put(pointer, new Raw(json));
  }

  private void put(String pointer, Raw value) {
    List<String> tokens = JsonPointers.tokens(pointer);
    // An array read through '*' is written with one element: the error (or the field's value) being encoded.
    tokens.replaceAll(t -> t.equals(JsonPointers.ANY_ELEMENT) ? "0" : t);
    if (tokens.isEmpty()) {
      if (root == null) {
        root = value;
      }
      return;
    }
    if (root == null) {
      root = container(tokens.get(0));
    }
    Object node = root;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean last = i == tokens.size() - 1;
      Object next = last ? value : null;
      if (node instanceof Map<?, ?> raw) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) raw;
        Object existing = map.get(token);
        if (existing == null) {
          existing = last ? value : container(tokens.get(i + 1));
          map.put(token, existing);
        } else if (last) {
          return;
        }
        node = existing;
      } else if (node instanceof List<?> raw) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) raw;
        int index = JsonPointers.arrayIndex(token);
        if (index < 0 || index > 1000) {
          return;
        }
        while (list.size() <= index) {
          list.add(null);
        }
        Object existing = list.get(index);
        if (existing == null) {
          existing = last ? value : container(tokens.get(i + 1));
          list.set(index, existing);
        } else if (last) {
          return;
        }
        node = existing;
      } else {
        return;
      }
      if (next != null) {
        return;
      }
    }
  }

  private static Object container(String nextToken) {
    return JsonPointers.arrayIndex(nextToken) >= 0 ? new ArrayList<>() : new LinkedHashMap<String, Object>();
  }

  /** The document; {@code {}} when nothing was placed. */
  String toJson() {
    StringBuilder out = new StringBuilder(128);
    write(root == null ? new LinkedHashMap<String, Object>() : root, out);
    return out.toString();
  }

  private static void write(Object node, StringBuilder out) {
    if (node == null) {
      out.append("null");
    } else if (node instanceof Raw raw) {
      out.append(raw.json());
    } else if (node instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        JsonStrings.appendQuoted((String) e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else {
      out.append('[');
      boolean first = true;
      for (Object item : (List<?>) node) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(item, out);
      }
      out.append(']');
    }
  }
}
