package dev.errorcatalog.spring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code errorcatalog.openapi.enabled=false}: springdoc's document as it would be without the starter. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "errorcatalog.openapi.enabled=false")
class OpenApiOffTest {

  @Value("${local.server.port}")
  int port;

  @Test
  void nothingAdded() throws Exception {
    JsonNode document = OpenApiTest.apiDocs(port);
    assertFalse(document.path("paths").isEmpty(), document::toString);
    assertFalse(document.toString().contains("acme-orders"), document::toString);
    assertFalse(document.toString().contains("x-errorcatalog"), document::toString);
    assertTrue(document.at("/paths/~1orders/post/responses/400").isMissingNode());
    // the operation's own response, as springdoc makes it
    assertEquals("No order has this id.", document.at("/paths/~1orders~1{orderId}/get/responses/404/description").asText());
  }
}
