package dev.errorcatalog.processor.openapi.export;

import dev.errorcatalog.processor.docs.ApiWording;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code components.schemas}: one JSON Schema per body shape. A JSON shape is an object whose properties are the
 * fields the shape reads (its code, sub-code, message, fields, constants, wait fields) and those its
 * {@code meanings} document, nested where a pointer is ({@code /error/code}), an array where it reads through one
 * ({@code /errors/*}{@code /code}, {@code /errors/0/message}), each with what the docs' body table says it holds and
 * a constant with its {@code const}; then every other member the examples of the shape's entries show. A
 * {@code type} is written where the pointers and the examples agree on one. A text shape is a string. Nothing is
 * {@code required} and other members are allowed: the catalog documents what a body carries, not all it may.
 */
final class ShapeSchemas {

  private ShapeSchemas() {}

  /** The schemas by key, sorted by key. */
  static Map<String, Object> of(CatalogModel catalog, ComponentKeys keys) {
    Map<String, Map<String, String>> meanings = ApiWording.fieldMeanings(catalog.entries());
    Map<String, Object> out = new TreeMap<>();
    for (Shape shape : ComponentKeys.bodyShapes(catalog)) {
      out.put(keys.schema(shape), shape.body() == BodyKind.TEXT ? text()
          : object(shape, meanings.getOrDefault(shape.name(), Map.of()), examples(catalog, shape)));
    }
    return out;
  }

  /** The media type of a shape's bodies; empty for a shape without one. */
  static Optional<String> mediaType(Shape shape) {
    return switch (shape.body()) {
      case EMPTY -> Optional.empty();
      case TEXT -> Optional.of("text/plain");
      case JSON -> Optional.of(isProblem(shape) ? "application/problem+json" : "application/json");
    };
  }

  /**
   * An RFC 9457 problem details body: one that reads (or documents) the RFC's {@code type} and {@code title}
   * members at its top, the two every problem has.
   */
  static boolean isProblem(Shape shape) {
    Set<String> read = new TreeSet<>(shape.pointers());
    read.addAll(shape.meanings().keySet());
    return read.contains("/type") && read.contains("/title");
  }

  private static Map<String, Object> text() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "string");
    schema.put("description", ApiWording.TEXT_BODY);
    return schema;
  }

  /** The example bodies of the shape's entries that are JSON. */
  private static List<Object> examples(CatalogModel catalog, Shape shape) {
    List<Object> out = new ArrayList<>();
    for (Entry entry : catalog.entries()) {
      if (entry.shape().name().equals(shape.name())) {
        for (Example example : entry.examples()) {
          ExampleBodies.parse(example.body()).ifPresent(value -> out.add(ExampleBodies.unwrap(value)));
        }
      }
    }
    return out;
  }

  private static Map<String, Object> object(Shape shape, Map<String, String> meanings, List<Object> examples) {
    Field root = new Field();
    root.seen.add("object");
    // The pointers in the order of the docs' table, then any the table does not show.
    Map<String, Optional<Constant>> pointers = new LinkedHashMap<>();
    meanings.keySet().forEach(p -> pointers.put(p, Optional.empty()));
    shape.pointers().forEach(p -> pointers.putIfAbsent(p, Optional.empty()));
    shape.when().forEach(c -> pointers.put(c.pointer(), Optional.of(c)));
    pointers.forEach((pointer, constant) -> {
      Field field = root.at(tokens(pointer));
      field.description = Optional.ofNullable(meanings.get(pointer));
      field.constant = constant.map(Constant::value);
    });
    examples.forEach(root::see);
    return root.schema();
  }

  /** The tokens of a JSON Pointer, unescaped; none for the whole body. */
  static List<String> tokens(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String token : pointer.substring(1).split("/", -1)) {
      out.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  /** A token that reads through an array: {@code *}, or an index. */
  private static boolean isIndex(String token) {
    return token.equals("*") || token.matches("0|[1-9][0-9]{0,8}");
  }

  /**
   * One place of the body: what the shape reads there (a member of an object, an element of an array, a value)
   * and what the examples carry there. The examples' own members become properties too, without a description:
   * the vendor documents them by showing them, and a reader of the schema sees every member an example has.
   */
  private static final class Field {
    final Map<String, Field> properties = new LinkedHashMap<>();
    Field items;
    Optional<String> description = Optional.empty();
    Optional<JsonScalar> constant = Optional.empty();
    /** The JSON types found here: "object" or "array" where a pointer reads through, and each example's. */
    final Set<String> seen = new TreeSet<>();

    Field at(List<String> tokens) {
      Field field = this;
      for (String token : tokens) {
        if (isIndex(token)) {
          field.seen.add("array");
          field.items = field.items == null ? new Field() : field.items;
          field = field.items;
        } else {
          field.seen.add("object");
          field = field.properties.computeIfAbsent(token, t -> new Field());
        }
      }
      return field;
    }

    /** Adds what an example body has at this place and below. */
    void see(Object value) {
      seen.add(jsonType(value));
      if (value instanceof Map<?, ?> map) {
        map.forEach((name, member) -> properties.computeIfAbsent((String) name, n -> new Field()).see(member));
      } else if (value instanceof List<?> list && !list.isEmpty()) {
        items = items == null ? new Field() : items;
        list.forEach(items::see);
      }
    }

    Map<String, Object> schema() {
      Map<String, Object> schema = new LinkedHashMap<>();
      type().ifPresent(type -> schema.put("type", type));
      description.ifPresent(text -> schema.put("description", text));
      constant.ifPresent(value -> schema.put("const", value(value)));
      if (!properties.isEmpty()) {
        Map<String, Object> members = new LinkedHashMap<>();
        properties.forEach((name, field) -> members.put(name, field.schema()));
        schema.put("properties", members);
      }
      if (items != null) {
        schema.put("items", items.schema());
      }
      return schema;
    }

    /** The type where it is known: a constant's, or the one the shape's pointers and the examples agree on. */
    private Optional<Object> type() {
      if (constant.isPresent()) {
        return Optional.of(switch (constant.get().kind()) {
          case STRING -> "string";
          case NUMBER -> constant.get().text().matches("-?[0-9]+") ? "integer" : "number";
          case BOOLEAN -> "boolean";
          case NULL -> "null";
        });
      }
      Set<String> types = new TreeSet<>(seen);
      if (types.contains("number")) {
        types.remove("integer");
      }
      boolean nullable = types.remove("null");
      if (types.size() != 1) {
        return Optional.empty(); // none known, or the examples disagree: the catalog does not say which
      }
      String type = types.iterator().next();
      return Optional.of(nullable ? List.of(type, "null") : type);
    }
  }

  private static String jsonType(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "object";
    }
    if (value instanceof List) {
      return "array";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    String number = ((JsonText.RawNumber) value).text();
    return number.matches("-?[0-9]+") ? "integer" : "number";
  }

  /** A constant as the JSON value it is. */
  static Object value(JsonScalar scalar) {
    return switch (scalar.kind()) {
      case STRING -> scalar.text();
      case NUMBER -> new JsonText.RawNumber(scalar.text());
      case BOOLEAN -> Boolean.valueOf(scalar.text());
      case NULL -> null;
    };
  }
}
