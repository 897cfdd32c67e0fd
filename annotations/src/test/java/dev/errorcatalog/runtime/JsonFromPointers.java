package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a JSON body holding literals at RFC 6901 pointers: {@code /errors/0/message} makes an object with
 * an array {@code errors} whose first element holds {@code message}. Where two pointers disagree about a
 * container, the first one wins and the second is left out.
 */
final class JsonFromPointers {

  private final Map<String, Object> root = new LinkedHashMap<>();

  /** Puts {@code literal} (JSON text, written as it is) at {@code pointer}. */
  @SuppressWarnings("unchecked")
  JsonFromPointers put(String pointer, String literal) {
    String[] tokens = pointer.substring(1).split("/", -1);
    Object container = root;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      boolean last = i == tokens.length - 1;
      boolean nextIsIndex = !last && tokens[i + 1].matches("0|[1-9][0-9]{0,3}");
      Object child = last ? new Literal(literal) : nextIsIndex ? new ArrayList<>() : new LinkedHashMap<>();
      if (container instanceof Map<?, ?> map) {
        Object existing = ((Map<String, Object>) map).putIfAbsent(token, child);
        container = existing != null ? existing : child;
      } else if (container instanceof List<?> list && token.matches("[0-9]+")) {
        List<Object> items = (List<Object>) list;
        int index = Integer.parseInt(token);
        while (items.size() <= index) {
          items.add(last ? new Literal("null") : nextIsIndex ? new ArrayList<>() : new LinkedHashMap<>());
        }
        if (last) {
          items.set(index, child);
        }
        container = items.get(index);
      } else {
        return this; // the pointers disagree: a container where a literal is, or the other way round
      }
    }
    return this;
  }

  String toJson() {
    StringBuilder out = new StringBuilder();
    write(root, out);
    return out.toString();
  }

  private static void write(Object node, StringBuilder out) {
    if (node instanceof Literal literal) {
      out.append(literal.text);
    } else if (node instanceof Map<?, ?> map) {
      out.append('{');
      String comma = "";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(comma).append(JsonStrings.quote((String) e.getKey())).append(':');
        write(e.getValue(), out);
        comma = ",";
      }
      out.append('}');
    } else {
      out.append('[');
      String comma = "";
      for (Object item : (List<?>) node) {
        out.append(comma);
        write(item, out);
        comma = ",";
      }
      out.append(']');
    }
  }

  private record Literal(String text) {}
}
