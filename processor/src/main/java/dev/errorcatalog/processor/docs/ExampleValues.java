package dev.errorcatalog.processor.docs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.Shape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values an entry's example bodies carry that identify it, as the API sends them: what a reader copies
 * from a response into the docs' lookup. Read at the places the entry's shape names: the code and the sub-code,
 * the message (with the example's real arguments), the text constants, and the fields at a {@code code} or
 * {@code type} member (Insider One's {@code "error": {"code": "500 INTERNAL_SERVER_ERROR"}}). Not read: numbers
 * and booleans of constants ({@code "status": 400} repeats the status), ids, counts, links, and the
 * placeholders vendors write for any value ({@code "..."}).
 */
final class ExampleValues {

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
      .build();

  private ExampleValues() {}

  /**
   * What identifies each example of {@code entry}, in example order, each value once.
   *
   * @param formOnly pointers of constants that name the body's form rather than the entry (its shape's constants
   *     other entries carry too): not read
   */
  static List<String> of(Entry entry, java.util.Set<String> formOnly) {
    Set<String> out = new LinkedHashSet<>();
    Shape shape = entry.shape();
    for (Example example : entry.examples()) {
      if (shape.body() == BodyKind.TEXT) {
        add(out, example.body().strip());
        continue;
      }
      if (shape.body() != BodyKind.JSON) {
        continue;
      }
      Map<String, String> leaves = leaves(example.body());
      shape.code().ifPresent(p -> read(leaves, p).forEach(v -> add(out, v)));
      shape.subcode().ifPresent(p -> read(leaves, p).forEach(v -> add(out, v)));
      shape.message().ifPresent(p -> read(leaves, p).forEach(v -> add(out, v)));
      for (Constant constant : entry.allConstants()) {
        if (constant.value().kind() == JsonScalar.Kind.STRING && !formOnly.contains(constant.pointer())) {
          read(leaves, constant.pointer()).forEach(v -> add(out, v));
        }
      }
      shape.fields().forEach((name, pointer) -> {
        if (identifying(name, pointer) && !shape.docsLink().equals(java.util.Optional.of(name))) {
          read(leaves, pointer).forEach(v -> add(out, v));
        }
      });
    }
    return List.copyOf(out);
  }

  /** A field that names a kind of error ({@code /error/code}, {@code /validations/0/type}), not an id or count. */
  private static boolean identifying(String name, String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return last.equals("code") || last.equals("type") || last.endsWith("_code") || last.endsWith("_type");
  }

  private static void add(Set<String> out, String value) {
    String flat = Markdown.oneSpaced(value);
    if (flat.isEmpty() || placeholder(flat)) {
      return;
    }
    out.add(flat);
  }

  /**
   * Whether a value is a vendor's stand-in for any value, nothing a response carries: {@code "..."},
   * {@code "$message"}, {@code "<Error Type>"}, {@code "<Field> is required."}.
   */
  static boolean placeholder(String value) {
    return value.replace(".", "").replace("…", "").isBlank() || value.matches("\\$[A-Za-z_]+")
        || value.matches(".*<[A-Za-z][A-Za-z _-]*>.*");
  }

  /** The values at a pointer; {@code *} reads every element of an array. */
  private static List<String> read(Map<String, String> leaves, String pointer) {
    if (!pointer.contains("/*")) {
      String value = leaves.get(pointer);
      return value == null ? List.of() : List.of(value);
    }
    String pattern = java.util.regex.Pattern.quote(pointer).replace("/*", "\\E/[0-9]+\\Q");
    List<String> out = new ArrayList<>();
    leaves.forEach((at, value) -> {
      if (at.matches(pattern)) {
        out.add(value);
      }
    });
    return out;
  }

  /** Every scalar of a JSON body by its pointer (strings as their text); empty for a body that is not JSON. */
  static Map<String, String> leaves(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser parser = JSON.createParser(body)) {
      List<String> path = new ArrayList<>();
      List<Integer> indexes = new ArrayList<>(); // -1 in an object, else the next element's index
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            path.add(pending(parser, indexes));
            indexes.add(token == JsonToken.START_ARRAY ? 0 : -1);
          }
          case END_OBJECT, END_ARRAY -> {
            path.remove(path.size() - 1);
            indexes.remove(indexes.size() - 1);
          }
          case FIELD_NAME -> { }
          default -> {
            String member = pending(parser, indexes);
            String at = String.join("", path.subList(1, path.size())) + member;
            out.put(at, token == JsonToken.VALUE_NULL ? "null" : parser.getText());
          }
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return out;
  }

  /** The pointer token of the value the parser is at: its member name or its index in the array. */
  private static String pending(JsonParser parser, List<Integer> indexes) throws IOException {
    if (indexes.isEmpty()) {
      return "";
    }
    int last = indexes.size() - 1;
    int index = indexes.get(last);
    if (index < 0) {
      return "/" + parser.currentName().replace("~", "~0").replace("/", "~1");
    }
    indexes.set(last, index + 1);
    return "/" + index;
  }
}
