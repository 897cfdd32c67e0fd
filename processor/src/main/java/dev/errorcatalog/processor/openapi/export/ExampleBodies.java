package dev.errorcatalog.processor.openapi.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an example body of a JSON shape into the value the document shows: an example object's {@code value} is
 * the body itself, not a string holding it, so that Swagger UI and Redoc show it as JSON and Redocly checks it
 * against the shape's schema. Numbers keep their written form. A body that is not one strict JSON document (the
 * loader refuses those, but a model built in code may hold one) is shown as the string it is.
 */
final class ExampleBodies {

  /** A tree of this depth is no error body; the loader's YAML nesting limit is far lower anyway. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private ExampleBodies() {}

  /**
   * The body as a JSON value ({@link JsonText}'s values), or empty where it is not one JSON document. A body that is
   * {@code null} is a marker here: {@link #unwrap} gives the value to write.
   */
  static Optional<Object> parse(String body) {
    try (JsonParser parser = JSON.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      Object value = read(parser, first);
      return parser.nextToken() == null ? Optional.of(wrap(value)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The value the document shows for an example: the JSON it is, else its text. */
  static Object shown(String body, boolean json) {
    Optional<Object> parsed = json ? parse(body) : Optional.empty();
    return parsed.isPresent() ? unwrap(parsed.get()) : body;
  }

  // A JSON null is kept as NULL inside parse so that Optional can carry it, and turned back into null for writing.
  private static final Object NULL = new Object();

  private static Object wrap(Object value) {
    return value == null ? NULL : value;
  }

  static Object unwrap(Object value) {
    return value == NULL ? null : value;
  }

  private static Object read(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new IOException("the body ends inside a value");
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        JsonToken next = parser.nextToken();
        for (; next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
          String name = parser.currentName();
          object.put(name, read(parser, parser.nextToken()));
        }
        if (next != JsonToken.END_OBJECT) {
          throw new IOException("unclosed object");
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          if (next == null) {
            throw new IOException("unclosed array");
          }
          array.add(read(parser, next));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new JsonText.RawNumber(parser.getText());
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected " + token);
    }
  }
}
