package dev.errorcatalog.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Helpers for the JSON bodies the pages show across several lines. */
final class JsonBlocks {

  private JsonBlocks() {}

  /**
   * The change of brace depth over a line, braces inside JSON strings not counted. Curly quotes count
   * as string delimiters too, as some pages write them.
   */
  static int depthChange(String line) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"' || c == '\u201d') {
          inString = false;
        }
      } else if (c == '"' || c == '\u201c') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
    }
    return depth;
  }

  /** Curly double quotes (“ ”) to straight ones, as the catalogs fix them. */
  static String straightQuotes(String text) {
    return text.replace('\u201c', '"').replace('\u201d', '"');
  }

  static JsonNode parse(String json) {
    try {
      return ShippedCatalog.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /** The compact form of a JSON text, to compare bodies whatever their layout. */
  static String compact(String json) {
    return parse(json).toString();
  }

  /** The text at a pointer when it is a JSON string, else {@code ""}. */
  static String text(JsonNode body, String pointer) {
    JsonNode node = body.at(pointer);
    return node.isTextual() ? node.asText() : "";
  }
}
