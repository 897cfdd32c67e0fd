package dev.errorcatalog.spring.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A catalog's document (OpenAPI 3.1) made readable for a service document of OpenAPI 3.0 (springdoc's
 * {@code springdoc.api-docs.version=openapi_3_0}), whose mapper fails on a 3.1 type list and reads {@code const} as
 * an object: in every schema, {@code const: v} becomes {@code enum: [v]} (with {@code v}'s type), {@code type: [t, "null"]} becomes
 * {@code type: t, nullable: true}, and {@code examples: [..]} its first as {@code example}. Examples' values are
 * not schemas and are left alone.
 */
final class OpenApi30Schemas {

  private static final List<String> SUBSCHEMA_LISTS = List.of("oneOf", "anyOf", "allOf", "prefixItems");
  private static final List<String> SUBSCHEMAS = List.of("items", "not", "additionalProperties");

  private OpenApi30Schemas() {}

  /** Rewrites {@code document}'s schemas in place: the components' and those of the responses' content. */
  static JsonNode downgrade(JsonNode document) {
    JsonNode components = document.path("components");
    components.path("schemas").forEach(OpenApi30Schemas::schema);
    for (JsonNode response : components.path("responses")) {
      response.path("content").forEach(media -> schema(media.path("schema")));
      response.path("headers").forEach(header -> schema(header.path("schema")));
    }
    components.path("headers").forEach(header -> schema(header.path("schema")));
    return document;
  }

  private static void schema(JsonNode node) {
    if (!(node instanceof ObjectNode schema)) {
      return;
    }
    if (schema.has("const") && !schema.has("enum")) {
      JsonNode value = schema.remove("const");
      schema.putArray("enum").add(value);
      if (!schema.has("type")) {
        // 3.0's reader takes a schema without a type for an object
        schema.put("type", value.isTextual() ? "string" : value.isBoolean() ? "boolean"
            : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : value.isArray() ? "array" : "object");
      }
    }
    if (schema.get("type") instanceof ArrayNode types) {
      String type = null;
      boolean nullable = false;
      for (JsonNode t : types) {
        if ("null".equals(t.asText())) {
          nullable = true;
        } else if (type == null) {
          type = t.asText();
        }
      }
      schema.remove("type");
      if (type != null) {
        schema.put("type", type);
      }
      if (nullable) {
        schema.put("nullable", true);
      }
    }
    if (schema.get("examples") instanceof ArrayNode examples) {
      schema.remove("examples");
      if (!examples.isEmpty() && !schema.has("example")) {
        schema.set("example", examples.get(0));
      }
    }
    schema.path("properties").forEach(OpenApi30Schemas::schema);
    SUBSCHEMAS.forEach(key -> schema(schema.path(key)));
    SUBSCHEMA_LISTS.forEach(key -> schema.path(key).forEach(OpenApi30Schemas::schema));
  }
}
