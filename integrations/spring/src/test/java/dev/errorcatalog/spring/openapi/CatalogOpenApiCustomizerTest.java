package dev.errorcatalog.spring.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.ErrorCatalogs;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The customizer on documents written here: a catalog's document by the export's contract (acme-orders' entries,
 * whose titles the generated catalog gives) and a service's document as springdoc would hand it over.
 */
class CatalogOpenApiCustomizerTest {

  /**
   * Two entries on GET /orders/{id} at 404 (one of them also at 400 and on POST /orders), catalog-wide 401 and 429;
   * a documented success and a code that is not an HTTP response (status 0), on no operation.
   */
  static final String CATALOG = """
      {
        "openapi": "3.1.0",
        "info": {"title": "Acme Orders API", "version": "1"},
        "components": {
          "schemas": {
            "acme-orders.acme-error": {"type": "object", "properties": {"code": {"type": "string"}}},
            "acme-orders.acme-validation": {"type": "object", "properties": {
              "fields": {"type": ["string", "null"]}, "kind": {"const": "validation"}}}
          },
          "responses": {
            "acme-orders.order-not-found": {
              "description": "Order not found\\n\\n**Code:** `ORDER_NOT_FOUND`",
              "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/acme-orders.acme-error"},
                "examples": {"order-not-found": {"value": {"code": "ORDER_NOT_FOUND"}}}}},
              "x-errorcatalog-entry": "ORDER_NOT_FOUND", "x-errorcatalog-status": 404,
              "x-errorcatalog-operations": ["GET /orders/{id}"]
            },
            "acme-orders.validation-failed": {
              "description": "Invalid request.",
              "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/acme-orders.acme-validation"},
                "examples": {"validation-failed": {"value": {"code": "VALIDATION_FAILED"}}}}},
              "x-errorcatalog-entry": "VALIDATION_FAILED", "x-errorcatalog-status": 400,
              "x-errorcatalog-statuses": [400, 404],
              "x-errorcatalog-operations": ["GET /orders/{id} (by id)", "POST /orders?dry-run=true", "/orders"]
            },
            "acme-orders.rate-limited": {
              "description": "Too many requests.",
              "headers": {"Retry-After": {"schema": {"type": "integer"}}},
              "x-errorcatalog-entry": "RATE_LIMITED", "x-errorcatalog-status": 429,
              "x-errorcatalog-operations": "all"
            },
            "acme-orders.unauthenticated": {
              "description": "Unauthenticated.",
              "x-errorcatalog-entry": "UNAUTHENTICATED", "x-errorcatalog-status": 401,
              "x-errorcatalog-operations": "all"
            },
            "acme-orders.order-created": {
              "description": "Order created.",
              "x-errorcatalog-entry": "ORDER_CREATED", "x-errorcatalog-status": 201,
              "x-errorcatalog-operations": ["POST /orders"]
            },
            "acme-orders.delivered": {
              "description": "Not an HTTP response.",
              "x-errorcatalog-entry": "DELIVERED", "x-errorcatalog-status": 0,
              "x-errorcatalog-operations": "all"
            },
            "acme-orders.order-on-hold": {
              "description": "Order on hold.",
              "x-errorcatalog-entry": "ORDER_ON_HOLD", "x-errorcatalog-status": 200
            }
          }
        }
      }
      """;

  /** The service: its own 400 on POST /orders, its own 401 by $ref on GET /other, a schema of the same name. */
  static final String SERVICE = """
      {
        "openapi": "3.1.0",
        "info": {"title": "Orders", "version": "1"},
        "paths": {
          "/orders/{orderId}": {"get": {"responses": {"200": {"description": "OK"}}}},
          "/orders": {"post": {"responses": {
            "400": {"description": "Bad order.", "content": {"application/json": {
              "examples": {"mine": {"value": {"code": "MINE"}}}}}}}}},
          "/other/": {"get": {"responses": {"401": {"$ref": "#/components/responses/MyUnauthorized"}}}}
        },
        "components": {
          "schemas": {"acme-orders.acme-error": {"description": "the service's own"}},
          "responses": {"MyUnauthorized": {"description": "Sign in."}}
        }
      }
      """;

  private final ObjectMapper json = new ObjectMapper();

  private static CatalogOpenApiCustomizer customizer(String document) {
    return new CatalogOpenApiCustomizer(List.of(
        new CatalogDocument(ErrorCatalogs.catalog("acme-orders"), document.getBytes(StandardCharsets.UTF_8))));
  }

  private JsonNode customised(String service, boolean openApi31, int times) throws Exception {
    var mapper = openApi31 ? Json31.mapper() : Json.mapper();
    var document = mapper.readValue(service, io.swagger.v3.oas.models.OpenAPI.class);
    for (int i = 0; i < times; i++) {
      customizer(CATALOG).customise(document);
    }
    return json.readTree(mapper.writeValueAsString(document));
  }

  @Test
  void severalAtOneStatusMerged() throws Exception {
    JsonNode notFound = customised(SERVICE, true, 1).at("/paths/~1orders~1{orderId}/get/responses/404");
    assertEquals("One of these responses:\n\n- Order not found\n- Invalid request.", notFound.path("description").asText());
    assertEquals("[\"ORDER_NOT_FOUND\",\"VALIDATION_FAILED\"]", notFound.path("x-errorcatalog-entries").toString());
    JsonNode media = notFound.at("/content/application~1json");
    assertEquals(List.of("order-not-found", "validation-failed"), names(media.path("examples")), media::toString);
    assertEquals("#/components/schemas/acme-orders.acme-error", media.at("/schema/oneOf/0/$ref").asText(), media::toString);
    assertEquals("#/components/schemas/acme-orders.acme-validation", media.at("/schema/oneOf/1/$ref").asText());
  }

  @Test
  void oneByRefEveryStatusOfTheEntryQueryAndNoteIgnored() throws Exception {
    JsonNode post = customised(SERVICE, true, 1).at("/paths/~1orders/post/responses");
    assertEquals(List.of("400", "401", "404", "429"), names(post), post::toString);
    assertEquals("#/components/responses/acme-orders.validation-failed", post.at("/404/$ref").asText());
    assertEquals("#/components/responses/acme-orders.rate-limited", post.at("/429/$ref").asText());
  }

  @Test
  void theOperationsOwnResponseKeptWithTheCatalogsExamples() throws Exception {
    JsonNode document = customised(SERVICE, true, 1);
    JsonNode badOrder = document.at("/paths/~1orders/post/responses/400");
    assertEquals("Bad order.", badOrder.path("description").asText());
    assertEquals(List.of("mine", "validation-failed"), names(badOrder.at("/content/application~1json/examples")));
    JsonNode other = document.at("/paths/~1other~1/get/responses");
    assertEquals("#/components/responses/MyUnauthorized", other.at("/401/$ref").asText(), other::toString);
    assertEquals(List.of("401", "429"), names(other), other::toString);
  }

  @Test
  void componentsCopiedTheServicesOwnKept() throws Exception {
    JsonNode components = customised(SERVICE, true, 1).path("components");
    assertEquals("the service's own", components.at("/schemas/acme-orders.acme-error/description").asText());
    assertEquals("object", components.at("/schemas/acme-orders.acme-validation/type").asText(), components::toString);
    assertEquals(List.of("MyUnauthorized", "acme-orders.order-not-found", "acme-orders.validation-failed",
        "acme-orders.rate-limited", "acme-orders.unauthenticated", "acme-orders.order-created",
        "acme-orders.delivered", "acme-orders.order-on-hold"),
        names(components.path("responses")));
    assertEquals("integer",
        components.at("/responses/acme-orders.rate-limited/headers/Retry-After/schema/type").asText());
  }

  /** springdoc customises each group's document: a second pass over the same one changes nothing. */
  @Test
  void twiceIsOnce() throws Exception {
    assertEquals(customised(SERVICE, true, 1), customised(SERVICE, true, 2));
  }

  @Test
  void anOpenApi31DocumentAsExported() throws Exception {
    JsonNode shape = customised(SERVICE, true, 1).at("/components/schemas/acme-orders.acme-validation");
    assertEquals("{\"const\":\"validation\"}", shape.at("/properties/kind").toString());
    assertEquals("[\"string\",\"null\"]", shape.at("/properties/fields/type").toString());
  }

  /** With springdoc.api-docs.version=openapi_3_0 the catalogs' schemas are written as 3.0 says. */
  @Test
  void anOpenApi30Document() throws Exception {
    JsonNode document = customised(SERVICE.replace("3.1.0", "3.0.1"), false, 1);
    JsonNode shape = document.at("/components/schemas/acme-orders.acme-validation");
    assertEquals("object", shape.path("type").asText(), document::toString);
    assertEquals("{\"type\":\"string\",\"nullable\":true}", shape.at("/properties/fields").toString());
    assertEquals("{\"type\":\"string\",\"enum\":[\"validation\"]}", shape.at("/properties/kind").toString());
    assertEquals(2, document.at("/paths/~1orders~1{orderId}/get/responses/404/content/application~1json/schema/oneOf")
        .size());
  }

  @Test
  void anUnreadableDocumentIsSkipped() throws Exception {
    var document = Json31.mapper().readValue(SERVICE, io.swagger.v3.oas.models.OpenAPI.class);
    String before = Json31.mapper().writeValueAsString(document);
    customizer("{\"openapi\": \"3.1.0\", \"components\": [").customise(document);
    assertEquals(before, Json31.mapper().writeValueAsString(document));
  }

  /** A catalog generated before the export: its document is not on the class path. */
  @Test
  void aCatalogWithoutADocumentIsSkipped() {
    var older = new dev.errorcatalog.Catalog<dev.errorcatalog.CatalogError>() {
      @Override public String id() { return "generated-before-the-export"; }
      @Override public String title() { return "Older"; }
      @Override public List<dev.errorcatalog.CatalogError> entries() { return List.of(); }
      @Override public java.util.Optional<dev.errorcatalog.CatalogError> byCode(String code) {
        return java.util.Optional.empty();
      }
      @Override public dev.errorcatalog.ErrorDecoder<dev.errorcatalog.CatalogError> decoder() { return null; }
    };
    assertTrue(CatalogDocument.load(older).isEmpty());
    assertTrue(CatalogOpenApiCustomizer.of(List.of(older, ErrorCatalogs.catalog("acme-orders"))).documents().stream()
        .map(CatalogDocument::id).toList().equals(List.of("acme-orders")));
  }

  @Test
  void endpointsCompareByMethodAndPathTemplate() {
    assertEquals(Endpoint.of("get", "/orders/{orderId}/"), Endpoint.parse("GET /orders/{id}?full=true (v2)").orElseThrow());
    assertTrue(Endpoint.parse("/orders/{id}").isEmpty());
    assertTrue(Endpoint.parse("all").isEmpty());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
