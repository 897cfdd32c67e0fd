package dev.errorcatalog.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The message templates a catalog documents, as written, typed ({@code Order {orderId:int} not found}),
 * primary message first, then the variants: read from the catalog's YAML on the class path
 * ({@code errorcatalog/<id>.yaml}).
 *
 * <p>They stand for what a user copies from the vendor's docs into the patterns of a hand-written decoder
 * ({@link HandWrittenDecoder}). {@code CatalogError.messageTemplate()} cannot serve: it is the display form,
 * which drops the placeholders' types ({@code {orderId}}), shows literal braces single, and holds no variants.
 */
final class DocumentedTemplates {

  private DocumentedTemplates() {}

  /**
   * By entry name ({@code CatalogError.name()}: the written {@code name}, else the code, which every
   * catalog read here writes in UPPER_SNAKE or names): the entry's templates, none for an entry that
   * documents no message.
   */
  static Map<String, List<String>> of(String catalogId) {
    Map<String, List<String>> byName = new HashMap<>();
    for (JsonNode entry : CatalogYaml.read(catalogId).path("entries")) {
      List<String> templates = new ArrayList<>();
      if (entry.hasNonNull("message")) {
        templates.add(entry.get("message").asText());
      }
      for (JsonNode variant : entry.path("variants")) {
        templates.add(variant.asText());
      }
      byName.put(CatalogYaml.name(entry), List.copyOf(templates));
    }
    return byName;
  }
}
