package dev.errorcatalog.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A catalog's YAML as a tree, from the class path ({@code errorcatalog/<id>.yaml}): what the hand-written
 * decoders copy from the vendor's docs ({@link DocumentedTemplates}, {@link DocumentedBodies}).
 */
final class CatalogYaml {

  private CatalogYaml() {}

  static JsonNode read(String catalogId) {
    String resource = "errorcatalog/" + catalogId + ".yaml";
    try (InputStream in = CatalogYaml.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + resource + " on the class path");
      }
      return new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** An entry's name ({@code CatalogError.name()}): the written {@code name}, else the code. */
  static String name(JsonNode entry) {
    return entry.path("name").asText(entry.path("code").asText());
  }
}
