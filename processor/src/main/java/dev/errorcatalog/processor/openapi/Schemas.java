package dev.errorcatalog.processor.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a response's body is, read from its media types and schema: the media type to read ({@code
 * application/problem+json} first, then {@code application/json}, any other JSON, text), the schema's properties
 * (through {@code $ref}s and {@code allOf}, bounded), and where a message is likely to be.
 */
final class Schemas {

  /** The names a message goes by, in the order they are preferred. */
  private static final List<String> MESSAGE_NAMES =
      List.of("detail", "message", "error_description", "error_message", "errorMessage", "msg");

  /** How deep {@code allOf} and nested {@code $ref}s are followed for properties. */
  private static final int MAX_DEPTH = 8;

  private final References refs;

  Schemas(References refs) {
    this.refs = refs;
  }

  /** The media type to read of a response and its media type object; empty for a response without content. */
  Optional<Map.Entry<String, JsonNode>> media(JsonNode response) {
    Map.Entry<String, JsonNode> best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Iterator<Map.Entry<String, JsonNode>> it = response.path("content").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> media = it.next();
      int rank = rank(media.getKey());
      if (rank < bestRank) {
        best = media;
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int rank(String mediaType) {
    String m = mediaType.toLowerCase(Locale.ROOT);
    if (m.startsWith("application/problem+json")) {
      return 0;
    }
    if (m.startsWith("application/json")) {
      return 1;
    }
    if (m.contains("json")) {
      return 2;
    }
    if (m.startsWith("text/plain")) {
      return 3;
    }
    return m.startsWith("text/") ? 4 : 5;
  }

  /** True for a JSON media type ({@code application/json}, {@code application/problem+json}, {@code +json}). */
  static boolean isJson(String mediaType) {
    return mediaType.toLowerCase(Locale.ROOT).contains("json");
  }

  /** True for a text media type ({@code text/plain}). */
  static boolean isText(String mediaType) {
    return mediaType.toLowerCase(Locale.ROOT).startsWith("text/");
  }

  /** The properties of an object schema, by name, with their schemas' references followed. */
  Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> all = new LinkedHashMap<>();
    collect(schema, all, 0);
    return all;
  }

  private void collect(JsonNode schema, Map<String, JsonNode> into, int depth) {
    JsonNode s = schema == null ? null : refs.follow(schema);
    if (s == null || depth > MAX_DEPTH || !s.isObject()) {
      return;
    }
    for (JsonNode part : s.path("allOf")) {
      collect(part, into, depth + 1);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      JsonNode target = refs.follow(p.getValue());
      into.putIfAbsent(p.getKey(), target == null ? p.getValue() : target);
    }
  }

  /**
   * Where the message of a body of this schema probably is: a top-level {@code detail} or {@code message} (and
   * kin), else an object {@code error}'s {@code message} ({@code /error/message}).
   */
  Optional<String> messagePointer(JsonNode schema) {
    Map<String, JsonNode> props = properties(schema);
    for (String name : MESSAGE_NAMES) {
      if (props.containsKey(name) && isStringish(props.get(name))) {
        return Optional.of("/" + name);
      }
    }
    JsonNode error = props.get("error");
    if (error != null) {
      Map<String, JsonNode> inner = properties(error);
      for (String name : MESSAGE_NAMES) {
        if (inner.containsKey(name) && isStringish(inner.get(name))) {
          return Optional.of("/error/" + name);
        }
      }
    }
    return Optional.empty();
  }

  /** Where the body names a code ({@code /code}, {@code /error/code}), for the review list; empty for none. */
  Optional<String> codePointer(JsonNode schema) {
    Map<String, JsonNode> props = properties(schema);
    if (props.containsKey("code")) {
      return Optional.of("/code");
    }
    JsonNode error = props.get("error");
    if (error != null && properties(error).containsKey("code")) {
      return Optional.of("/error/code");
    }
    if (props.containsKey("type") && props.containsKey("title") && props.containsKey("status")) {
      return Optional.of("/type");
    }
    return Optional.empty();
  }

  /**
   * What the schema's fields mean, in its own words: pointer to description, for the top-level properties and
   * those of object properties one level down ({@code /error/param}), at most {@code max}.
   */
  Map<String, String> meanings(JsonNode schema, int max) {
    Map<String, String> meanings = new LinkedHashMap<>();
    Map<String, JsonNode> props = properties(schema);
    for (Map.Entry<String, JsonNode> p : props.entrySet()) {
      add(meanings, "/" + escape(p.getKey()), p.getValue(), max);
      if (p.getValue().path("type").asText("").equals("object") || p.getValue().has("properties")
          || p.getValue().has("allOf")) {
        for (Map.Entry<String, JsonNode> inner : properties(p.getValue()).entrySet()) {
          add(meanings, "/" + escape(p.getKey()) + "/" + escape(inner.getKey()), inner.getValue(), max);
        }
      }
    }
    return meanings;
  }

  private static void add(Map<String, String> meanings, String pointer, JsonNode schema, int max) {
    JsonNode d = schema.get("description");
    if (meanings.size() < max && d != null && d.isTextual() && !d.asText().isBlank()) {
      meanings.put(pointer, DraftText.bounded(d.asText().strip()));
    }
  }

  private static boolean isStringish(JsonNode schema) {
    JsonNode type = schema.get("type");
    return type == null || type.asText("").equals("string")
        || type.isArray() && type.toString().contains("\"string\"");
  }

  /** A property name as a JSON Pointer token ({@code a/b} is {@code a~1b}). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
