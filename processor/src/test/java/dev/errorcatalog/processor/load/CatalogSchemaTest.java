package dev.errorcatalog.processor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema editors use (catalog/catalog.schema.json) says what the loader accepts: the same keys,
 * the same words and the same patterns. If one changes without the other, this fails.
 */
class CatalogSchemaTest {

  private static final Path SCHEMA = Path.of("..", "catalog", "catalog.schema.json");

  private static JsonNode schema;

  @BeforeAll
  static void readSchema() throws IOException {
    ObjectMapper strict = new ObjectMapper()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    schema = strict.readTree(Files.readString(SCHEMA));
  }

  private static Set<String> propertyNames(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode definition(String name) {
    JsonNode node = schema.get("definitions").get(name);
    assertTrue(node != null && !node.isMissingNode(), "no definition " + name);
    return node;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void isADraft07Schema() {
    assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").asText());
    assertEquals("object", schema.get("type").asText());
  }

  @Test
  void hasTheKeysTheLoaderAccepts() {
    assertEquals(new TreeSet<>(CatalogKeys.TOP_LEVEL), propertyNames(schema));
    assertEquals(new TreeSet<>(CatalogKeys.DEFAULTS), propertyNames(definition("defaults")));
    assertEquals(new TreeSet<>(CatalogKeys.SHAPE), propertyNames(definition("shape")));
    assertEquals(new TreeSet<>(CatalogKeys.ENTRY), propertyNames(definition("entry")));
    assertEquals(new TreeSet<>(CatalogKeys.RETRY), propertyNames(definition("retryMap")));
    JsonNode fieldForm = definition("shape").get("properties").get("fields").get("additionalProperties").get("oneOf")
        .get(1);
    assertEquals(new TreeSet<>(CatalogKeys.FIELD), propertyNames(fieldForm));
    assertEquals(false, fieldForm.get("additionalProperties").asBoolean(true));
    for (String object : List.of("defaults", "shape", "entry", "retryMap")) {
      assertEquals(false, definition(object).get("additionalProperties").asBoolean(true),
          object + " must flag unknown keys, as the loader does (EC002)");
    }
    assertEquals(false, schema.get("additionalProperties").asBoolean(true));
  }

  @Test
  void requiresWhatTheLoaderRequires() {
    assertEquals(List.of("catalog", "title", "entries"), strings(schema.get("required")));
    assertEquals(List.of("status", "title"), strings(definition("entry").get("required")));
    // and a code or a name (EC003 "has neither 'code' nor 'name'")
    assertEquals("[{\"required\":[\"code\"]},{\"required\":[\"name\"]}]", definition("entry").get("anyOf").toString());
    assertEquals(new TreeSet<>(CatalogKeys.DECIDED), propertyNames(definition("entry").get("properties").get("decided")));
    assertEquals(new TreeSet<>(CatalogKeys.DEFAULTS_DECIDED),
        propertyNames(definition("defaults").get("properties").get("decided")));
    assertEquals(List.of("class"), strings(definition("retryMap").get("required")));
  }

  @Test
  void enumeratesTheWordsTheLoaderKnows() {
    assertEquals(CatalogKeys.retryClassNames(), strings(definition("retryClass").get("enum")));
    assertEquals(CatalogKeys.bodyKindNames(), strings(definition("bodyKind").get("enum")));
    assertEquals(CatalogKeys.placeholderTypeNames(), strings(definition("placeholderType").get("enum")));
    assertTrue(definition("template").get("pattern").asText()
            .contains("(" + String.join("|", CatalogKeys.placeholderTypeNames()) + ")"),
        "the template pattern allows exactly the placeholder types");
    assertEquals(List.of(CatalogKeys.EMPTY_SHAPE, CatalogKeys.TEXT_SHAPE),
        strings(schema.get("properties").get("shapes").get("propertyNames").get("not").get("enum")));
  }

  @Test
  void usesTheLoadersPatterns() {
    assertEquals("^" + CatalogBinder.CATALOG_ID.pattern() + "$",
        schema.get("properties").get("catalog").get("pattern").asText());
    assertEquals(Durations.PATTERN, definition("duration").get("pattern").asText());
    assertEquals("^" + TemplateParser.NAME.pattern() + "$", definition("name").get("pattern").asText());
    Pattern pointer = Pattern.compile(definition("pointer").get("pattern").asText());
    for (String sample : List.of("", "/", "/error", "/errors/0/message", "/a~0b~1c", "error", "/a~2", "/a~", "$.x")) {
      assertEquals(Pointers.isValid(sample), pointer.matcher(sample).matches(), "pointer " + sample);
    }
  }

  @Test
  void describesEveryProperty() {
    List<String> undocumented = new ArrayList<>();
    collectUndocumented(schema, "", undocumented);
    assertEquals(List.of(), undocumented, "every property shows a description in editors");
  }

  private static void collectUndocumented(JsonNode node, String path, List<String> out) {
    JsonNode properties = node.get("properties");
    if (properties != null) {
      properties.properties().forEach(p -> {
        if (!p.getValue().hasNonNull("description") || p.getValue().get("description").asText().isBlank()) {
          out.add(path + "/" + p.getKey());
        }
        collectUndocumented(p.getValue(), path + "/" + p.getKey(), out);
      });
    }
    JsonNode definitions = node.get("definitions");
    if (definitions != null) {
      definitions.properties().forEach(d -> {
        if (!d.getValue().hasNonNull("description")) {
          out.add("#/definitions/" + d.getKey());
        }
        collectUndocumented(d.getValue(), "#/definitions/" + d.getKey(), out);
      });
    }
  }
}
