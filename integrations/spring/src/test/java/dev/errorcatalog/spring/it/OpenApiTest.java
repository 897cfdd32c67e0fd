package dev.errorcatalog.spring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service's OpenAPI document, as springdoc serves it over HTTP, with the errors of its catalog (acme-orders):
 * an entry's response on the operation its {@code endpoints:} name, the catalog-wide ones on every operation, an
 * operation's own declared response kept.
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTest {

  /** The statuses acme-orders answers on any operation: 401, 403, 429 and its 5xx. */
  static final List<String> CATALOG_WIDE = List.of("401", "403", "429", "500", "502", "503");

  @Value("${local.server.port}")
  int port;

  @Test
  void anEntrysResponseOnTheOperationItsEndpointsName() throws Exception {
    JsonNode document = apiDocs(port);
    JsonNode badRequest = document.at("/paths/~1orders/post/responses/400");
    assertEquals("#/components/responses/acme-orders.validation-failed", badRequest.path("$ref").asText(),
        badRequest::toString);
    JsonNode response = document.at("/components/responses/acme-orders.validation-failed");
    assertTrue(response.path("description").asText().startsWith("Invalid request"), response::toString);
    JsonNode json = response.at("/content/application~1json");
    assertEquals("email", json.at("/examples/validation-failed/value/fields").asText(), json::toString);
    String schema = json.at("/schema/$ref").asText();
    assertEquals("#/components/schemas/acme-orders.acme-validation", schema);
    JsonNode shape = document.at("/components/schemas/acme-orders.acme-validation");
    for (String field : List.of("code", "message", "fields")) {
      assertFalse(shape.at("/properties/" + field + "/description").asText().isBlank(), shape::toString);
    }
    // not on an operation its endpoints do not name
    assertTrue(document.at("/paths/~1orders/get/responses/400").isMissingNode());
  }

  @Test
  void catalogWideEntriesOnEveryOperation() throws Exception {
    JsonNode document = apiDocs(port);
    int operations = 0;
    for (JsonNode path : document.path("paths")) {
      for (JsonNode operation : path) {
        operations++;
        JsonNode responses = operation.path("responses");
        for (String status : CATALOG_WIDE) {
          assertFalse(responses.path(status).isMissingNode(), () -> status + " missing in " + responses);
        }
        assertEquals("#/components/responses/acme-orders.rate-limited", responses.at("/429/$ref").asText());
      }
    }
    assertTrue(operations > 5, "operations: " + operations);
    assertFalse(document.at("/components/responses/acme-orders.upstream-down").isMissingNode());
  }

  @Test
  void anOperationsOwnResponseIsKeptWithTheCatalogsExample() throws Exception {
    JsonNode document = apiDocs(port);
    JsonNode notFound = document.at("/paths/~1orders~1{orderId}/get/responses/404");
    assertEquals("No order has this id.", notFound.path("description").asText(), notFound::toString);
    assertTrue(notFound.path("$ref").isMissingNode(), notFound::toString);
    JsonNode example = notFound.at("/content/application~1json/examples/order-not-found/value");
    assertEquals("Order 42 not found", example.path("message").asText(), notFound::toString);
    // the entry the operation's path does not name, at the same status, is not added
    assertFalse(notFound.toString().contains("no-such-route"), notFound::toString);
  }

  /** The document springdoc serves at /v3/api-docs of the service on {@code port}. */
  static JsonNode apiDocs(int port) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/v3/api-docs")).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response::body);
    return new ObjectMapper().readTree(response.body());
  }
}
