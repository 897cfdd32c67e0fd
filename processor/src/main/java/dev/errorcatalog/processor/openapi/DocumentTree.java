package dev.errorcatalog.processor.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errorcatalog.processor.model.SourcePosition;
import java.util.Map;

/**
 * A document read: its tree, and where each of its maps and lists starts (for messages that point into it).
 *
 * @param file the document as messages name it: the path as given
 * @param root the whole document
 * @param positions where each container node starts, by identity
 */
public record DocumentTree(String file, JsonNode root, Map<JsonNode, SourcePosition> positions) {

  /** Where {@code node} starts, or the document's first line for a node without a recorded position. */
  public SourcePosition at(JsonNode node) {
    SourcePosition p = node == null ? null : positions.get(node);
    return p != null ? p : new SourcePosition(file, 1, 1);
  }
}
