package dev.errorcatalog.processor.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;

/** How the starter catalog turns a document's texts into a catalog's: names, titles, bounded values. */
final class DraftText {

  /** The longest text a catalog value may hold (FORMAT.md, Limits). */
  private static final int MAX_TEXT = 16 * 1024;

  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private DraftText() {}

  /** {@code not_found}, {@code BadRequest}, {@code Too Many Requests} as {@code NOT_FOUND} and so on. */
  static String upperSnake(String text) {
    String s = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("_+$", ""); // a Java constant's name, not a sentence
    }
    if (s.isEmpty()) {
      return "ERROR";
    }
    return Character.isLetter(s.charAt(0)) ? s : "E_" + s;
  }

  static String firstSentence(String text) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    int stop = line.indexOf(". ");
    return stripPeriod(stop < 0 ? line : line.substring(0, stop));
  }

  static String stripPeriod(String text) {
    String t = text.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
  }

  /** A text cut to what a catalog value may hold (FORMAT.md, Limits), its end marked. */
  static String bounded(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  /** A node as one canonical line: the same response written out twice compares equal. */
  static String canonical(JsonNode node) {
    try {
      return CANONICAL.writeValueAsString(CANONICAL.treeToValue(node, Object.class));
    } catch (JsonProcessingException e) {
      return node.toString();
    }
  }
}
