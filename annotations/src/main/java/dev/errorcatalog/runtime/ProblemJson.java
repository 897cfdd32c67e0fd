package dev.errorcatalog.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members of an RFC 9457 problem details body ({@code application/problem+json}) that name a catalog entry:
 * {@code type}, {@code detail}, and the extension members {@code code} and {@code args} (an object of scalars).
 * Everything else ({@code title}, {@code status}, {@code instance}, other extensions) is skipped. A member given
 * twice counts once, the first time.
 *
 * @param type the {@code type} URI, or {@code null}
 * @param detail the {@code detail} text, or {@code null}
 * @param code the {@code code} member, a string or a number as written, or {@code null}
 * @param args the scalar members of {@code args}, as text; empty when there is none
 */
record ProblemJson(String type, String detail, String code, Map<String, String> args) {

  /** Whether a {@code Content-Type} value is the problem media type (any parameters, any case). */
  static boolean isProblem(String contentType) {
    return MediaType.is(contentType, ProblemDetails.MEDIA_TYPE);
  }

  /** Reads a body; {@code null} when it is not a JSON object (or not even JSON). Never throws. */
  static ProblemJson read(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    String type = null;
    String detail = null;
    String code = null;
    Map<String, String> args = null;
    try (JsonParser parser = BodyParsers.open(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "type" -> type = type != null ? type : string(parser, value);
          case "detail" -> detail = detail != null ? detail : string(parser, value);
          case "code" -> code = code != null ? code : scalar(parser, value);
          case "args" -> {
            if (args == null && value == JsonToken.START_OBJECT) {
              args = readArgs(parser);
            } else {
              parser.skipChildren();
            }
          }
          default -> parser.skipChildren();
        }
      }
      if (token != JsonToken.END_OBJECT) {
        return null;
      }
    } catch (IOException | RuntimeException e) {
      // Truncated, not JSON, beyond the limits: what was read before still names the entry.
    }
    if (type == null && code == null) {
      return null;
    }
    return new ProblemJson(type, detail, code, args == null ? Map.of() : args);
  }

  private static Map<String, String> readArgs(JsonParser parser) throws IOException {
    Map<String, String> args = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      String text = scalar(parser, value);
      if (text != null) {
        args.putIfAbsent(name, text);
      }
    }
    return args;
  }

  private static String string(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    parser.skipChildren();
    return null;
  }

  /** A string, number or boolean as text; {@code null} (children skipped by the caller) otherwise. */
  private static String scalar(JsonParser parser, JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
      default -> {
        parser.skipChildren();
        yield null;
      }
    };
  }
}
