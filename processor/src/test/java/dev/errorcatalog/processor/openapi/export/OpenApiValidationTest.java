package dev.errorcatalog.processor.openapi.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.processor.docs.SampleCatalogs;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The exported documents read as OpenAPI 3.1 by swagger-parser, a reader other than our own, without a single
 * message; every entry's response is there with its shape's schema, and the examples' members are the schemas'
 * properties.
 */
class OpenApiValidationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyDocumentParsesWithoutMessages() {
    List<CatalogModel> catalogs = new ArrayList<>(ExportedCatalogs.all());
    catalogs.add(SampleCatalogs.acme());
    catalogs.add(SampleCatalogs.hostile());
    return catalogs.stream().map(catalog -> DynamicTest.dynamicTest(catalog.id(), () -> {
      OpenAPI api = parse(new OpenApiExport().document(catalog));
      assertEquals("3.1.0", api.getOpenapi());
      assertResponsesAndSchemas(catalog, api);
    }));
  }

  @TestFactory
  Stream<DynamicTest> examplesHaveTheSchemasProperties() {
    return ExportedCatalogs.all().stream().map(catalog -> DynamicTest.dynamicTest(catalog.id(), () -> {
      OpenAPI api = parse(new OpenApiExport().document(catalog));
      int checked = 0;
      for (Entry entry : catalog.entries()) {
        if (entry.shape().body() != BodyKind.JSON) {
          continue;
        }
        ApiResponse response = api.getComponents().getResponses().get(catalog.id() + "." + entry.anchor());
        MediaType media = response.getContent().values().iterator().next();
        Schema<?> schema = resolve(api, media.getSchema());
        for (Example example : media.getExamples() == null ? List.<Example>of() : media.getExamples().values()) {
          JsonNode body = JSON.valueToTree(example.getValue());
          assertTrue(body.isObject(), entry.constantName() + ": an example of a JSON shape is an object");
          assertMembersAreProperties(api, schema, body, entry.constantName() + " ");
          checked++;
        }
      }
      assertTrue(checked > 0 || catalog.entries().stream().allMatch(e -> e.examples().isEmpty()), "examples checked");
    }));
  }

  @Test
  void hostileProseStaysTextAndTheDocumentStaysJson() throws Exception {
    String document = new OpenApiExport().document(SampleCatalogs.hostile());
    JsonNode tree = JSON.readTree(document);
    List<String> descriptions = new ArrayList<>();
    collect(tree, "description", descriptions);
    assertFalse(descriptions.isEmpty());
    for (String description : descriptions) {
      // As Swagger UI and Redoc render it (CommonMark): the only elements are those the export writes itself.
      String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(description));
      String tags = html.replaceAll("</?(p|code|strong|ul|li)>|<br>|<br />", "");
      assertFalse(tags.contains("<"), () -> "no markup of the catalog's in a description: " + html);
    }
    assertTrue(document.contains("Invalid &lt;Field&gt;"), "the catalog's markup is shown as text");
    JsonNode field = tree.at("/components/responses/insider-hostile.field-invalid");
    assertTrue(field.get("description").asText().startsWith("Invalid &lt;Field&gt; \\| \\[x\\](y)"),
        field.get("description").asText());
    // The example that is not JSON is shown as the text it is.
    assertEquals("```\n````\n~~~~\n</code></pre><script>x</script>",
        field.at("/content/application~1json/examples/field-invalid-2/value").asText());
    assertEquals("Hostile <Field> | `API` *docs*", tree.at("/info/title").asText());
  }

  @Test
  void unicodeAndQuotesAreWrittenAsThemselves() {
    String document = new OpenApiExport().document(ExportedCatalogs.shipped().stream()
        .filter(c -> c.id().equals("insider-live-activities")).findFirst().orElseThrow());
    assertTrue(document.contains("≥ 5 minutes"), "non-ASCII as itself, in UTF-8");
    parse(document);
  }

  @Test
  void theDocsUrlOptionLinksEveryResponse() {
    CatalogModel shop = ExportedCatalogs.acmeShop();
    OpenAPI api = parse(new OpenApiExport(java.util.Optional.of(" https://docs.acme.example/{catalog}/#{anchor} "))
        .document(shop));
    for (Entry entry : shop.entries()) {
      ApiResponse response = api.getComponents().getResponses().get("acme-shop." + entry.anchor());
      assertEquals("https://docs.acme.example/acme-shop/#" + entry.anchor(),
          response.getExtensions().get("x-errorcatalog-docs"));
    }
    assertNull(parse(new OpenApiExport().document(shop)).getComponents().getResponses().get("acme-shop.unauthorized")
        .getExtensions().get("x-errorcatalog-docs"), "no link without the option");
  }

  @Test
  void sameCatalogSameDocument() {
    CatalogModel shop = ExportedCatalogs.acmeShop();
    assertEquals(new OpenApiExport().document(shop), new OpenApiExport().document(ExportedCatalogs.acmeShop()));
  }

  static OpenAPI parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    assertEquals(List.of(), result.getMessages(), "swagger-parser's messages");
    assertNotNull(result.getOpenAPI());
    return result.getOpenAPI();
  }

  private static void assertResponsesAndSchemas(CatalogModel catalog, OpenAPI api) {
    Map<String, ApiResponse> responses = api.getComponents().getResponses();
    assertEquals(catalog.entries().size(), responses.size(), "one response per entry");
    for (Entry entry : catalog.entries()) {
      ApiResponse response = responses.get(catalog.id() + "." + entry.anchor());
      assertNotNull(response, entry.anchor());
      assertTrue(response.getDescription().startsWith(dev.errorcatalog.processor.docs.ApiWording.inline(
          entry.title())), response.getDescription());
      assertEquals(entry.constantName(), response.getExtensions().get("x-errorcatalog-entry"));
      assertEquals(entry.status(), response.getExtensions().get("x-errorcatalog-status"));
      if (entry.shape().body() == BodyKind.EMPTY) {
        assertNull(response.getContent(), entry.anchor() + " has no body");
        continue;
      }
      assertEquals(1, response.getContent().size(), entry.anchor());
      Schema<?> schema = resolve(api, response.getContent().values().iterator().next().getSchema());
      assertNotNull(schema, entry.anchor() + "'s schema");
      assertEquals(entry.shape().body() == BodyKind.TEXT ? "string" : "object", type(schema), entry.anchor());
    }
  }

  private static Schema<?> resolve(OpenAPI api, Schema<?> schema) {
    String ref = schema.get$ref();
    if (ref == null) {
      return schema;
    }
    return api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static String type(Schema<?> schema) {
    return schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next()
        : schema.getType();
  }

  /** Every member of the body, at any depth, is a property of the schema there (array elements: its items). */
  private static void assertMembersAreProperties(OpenAPI api, Schema<?> schema, JsonNode body, String at) {
    if (body.isObject()) {
      body.fields().forEachRemaining(member -> {
        Schema<?> property = schema.getProperties() == null ? null : schema.getProperties().get(member.getKey());
        assertNotNull(property, at + "/" + member.getKey() + " is a property of the schema");
        assertMembersAreProperties(api, property, member.getValue(), at + "/" + member.getKey());
      });
    } else if (body.isArray() && !body.isEmpty()) {
      assertNotNull(schema.getItems(), at + " is an array of the schema");
      for (int i = 0; i < body.size(); i++) {
        assertMembersAreProperties(api, schema.getItems(), body.get(i), at + "/" + i);
      }
    }
  }

  private static void collect(JsonNode node, String name, List<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(member -> {
        if (member.getKey().equals(name) && member.getValue().isTextual()) {
          out.add(member.getValue().asText());
        }
        collect(member.getValue(), name, out);
      });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, name, out));
    }
  }
}
