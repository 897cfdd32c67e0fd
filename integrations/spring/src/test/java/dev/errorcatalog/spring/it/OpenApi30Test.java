package dev.errorcatalog.spring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** springdoc writing OpenAPI 3.0 ({@code springdoc.api-docs.version=openapi_3_0}): the catalog's errors as well. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "springdoc.api-docs.version=openapi_3_0")
class OpenApi30Test {

  @Value("${local.server.port}")
  int port;

  @Test
  void theCatalogsErrorsInA30Document() throws Exception {
    JsonNode document = OpenApiTest.apiDocs(port);
    assertTrue(document.path("openapi").asText().startsWith("3.0"), document.path("openapi")::toString);
    assertEquals("#/components/responses/acme-orders.validation-failed",
        document.at("/paths/~1orders/post/responses/400/$ref").asText());
    JsonNode shape = document.at("/components/schemas/acme-orders.acme-validation");
    assertEquals("object", shape.path("type").asText(), shape::toString);
    assertEquals("string", shape.at("/properties/code/type").asText(), shape::toString);
  }
}
