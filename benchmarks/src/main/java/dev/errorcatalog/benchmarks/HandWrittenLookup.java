package dev.errorcatalog.benchmarks;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.MatchKind;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline (b), what users write today without a generated decoder: {@code ObjectMapper.readTree}, then the
 * code and message fields by hand, a {@link HashMap} from code to entry, one from message to entry, one from
 * status to entry.
 *
 * <p>It does less than the generated decoder, so it flatters itself: it matches messages only when they
 * equal a template exactly (no placeholders, so "Order 42 not found" is not matched and nothing is
 * captured), reads no {@code Retry-After}, and keeps no raw body. A decoder faster than this is faster than
 * any hand-written lookup that does the same job.
 */
final class HandWrittenLookup {

  /** What the lookup found: the entry (null if none), how, and the message it read. */
  record Match(CatalogError entry, MatchKind kind, String message) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<JsonPointer> codePointers;
  private final List<JsonPointer> messagePointers;
  private final Map<String, CatalogError> byCode = new HashMap<>();
  private final Map<String, CatalogError> byMessage = new HashMap<>();
  private final Map<Integer, CatalogError> byStatus = new HashMap<>();

  HandWrittenLookup(CatalogFixture fixture) {
    this.codePointers = fixture.codePointers().stream().map(JsonPointer::compile).toList();
    this.messagePointers = fixture.messagePointers().stream().map(JsonPointer::compile).toList();
    for (CatalogError entry : ErrorCatalogs.catalog(fixture.catalogId()).entries()) {
      if (!entry.code().isEmpty()) {
        byCode.putIfAbsent(entry.code(), entry); // an entry with a name only is never found by code
      }
      if (entry.messageTemplate().isEmpty()) {
        byStatus.putIfAbsent(entry.httpStatus(), entry);
      } else if (entry.placeholders().isEmpty()) {
        byMessage.putIfAbsent(entry.messageTemplate(), entry);
      }
    }
  }

  Match lookup(int status, byte[] body) {
    JsonNode root;
    try {
      root = body.length == 0 ? MissingNode.getInstance() : MAPPER.readTree(body);
    } catch (IOException e) {
      root = MissingNode.getInstance();
    }
    String message = null;
    for (JsonPointer pointer : messagePointers) {
      JsonNode node = root.at(pointer);
      if (node.isValueNode()) {
        message = node.asText();
        break;
      }
    }
    for (JsonPointer pointer : codePointers) {
      JsonNode node = root.at(pointer);
      if (node.isValueNode()) {
        CatalogError entry = byCode.get(node.asText());
        if (entry != null) {
          return new Match(entry, MatchKind.CODE, message);
        }
      }
    }
    if (message != null) {
      CatalogError entry = byMessage.get(message);
      if (entry != null && entry.httpStatus() == status) {
        return new Match(entry, MatchKind.MESSAGE, message);
      }
    }
    CatalogError entry = byStatus.get(status);
    return entry != null
        ? new Match(entry, MatchKind.STATUS, message)
        : new Match(null, MatchKind.NONE, message);
  }
}
