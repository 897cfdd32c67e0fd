package dev.errorcatalog.spring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.spring.client.CatalogDecoding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * RFC 9457 mode: every documented error answered as application/problem+json, checked member by member, and
 * decoded back to its entry by the catalog's own decoder.
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "errorcatalog.problem-details.enabled=true",
    "errorcatalog.docs-url=https://docs.example.com/errors/{catalog}/#{anchor}"})
class ProblemDetailsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Value("${local.server.port}")
  int port;

  record Response(int status, HttpHeaders headers, byte[] body) {}

  static Stream<CatalogError> entries() {
    return Entries.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void problemDetails(CatalogError entry) throws Exception {
    CatalogException thrown = Entries.exception(entry);
    Response response = get(RoundTripContract.path(entry));

    assertEquals(entry.httpStatus(), response.status());
    assertEquals("application/problem+json", response.headers().getFirst(HttpHeaders.CONTENT_TYPE));
    assertEquals(thrown.retryAfter().map(d -> Long.toString(d.getSeconds())).orElse(null),
        response.headers().getFirst(HttpHeaders.RETRY_AFTER));

    JsonNode problem = JSON.readTree(response.body());
    List<String> members = new java.util.ArrayList<>();
    problem.fieldNames().forEachRemaining(members::add);
    assertEquals(List.of("type", "title", "status", "detail", "code", "args"), members);
    assertEquals("https://docs.example.com/errors/" + entry.catalogId() + "/#" + entry.anchor(),
        problem.get("type").asText());
    assertEquals(entry.title(), problem.get("title").asText());
    assertEquals(entry.httpStatus(), problem.get("status").intValue());
    assertEquals(thrown.getMessage(), problem.get("detail").asText());
    // The code the API sends; the entry's name where it sends none.
    assertEquals(entry.code().isEmpty() ? entry.name() : entry.code(), problem.get("code").asText());
    Map<String, String> args = new LinkedHashMap<>();
    problem.get("args").fields().forEachRemaining(arg -> args.put(arg.getKey(), arg.getValue().asText()));
    assertEquals(thrown.args(), args);

    // The catalog's decoder maps it back by the code member, with detail as the message and args as the args.
    DecodedError<?> decoded = CatalogDecoding.of(entry.catalogId())
        .decode(response.status(), response.headers(), response.body());
    assertSame(entry, decoded.entry().orElse(null), decoded::toString);
    assertEquals(MatchKind.CODE, decoded.matchKind());
    assertEquals(thrown.getMessage(), decoded.message().orElse(null));
    assertEquals(thrown.args(), decoded.args());
    assertEquals(thrown.getClass(), decoded.toException().getClass());
    assertEquals(thrown.retryAfter(), decoded.retryAfter());
  }

  @org.junit.jupiter.api.Test
  void theProblemAsReadmeShowsIt() {
    assertEquals("{\"type\":\"https://docs.example.com/errors/acme-orders/#order-not-found\",\"title\":\"Order not "
        + "found\",\"status\":404,\"detail\":\"Order 42 not found\",\"code\":\"ORDER_NOT_FOUND\",\"args\":{\"orderId\":\"42\"}}",
        new String(get("/errors/acme-orders/ORDER_NOT_FOUND").body(), java.nio.charset.StandardCharsets.UTF_8));
  }

  Response get(String path) {
    return RestClient.create("http://127.0.0.1:" + port).get().uri(path).exchange((request, response) ->
        new Response(response.getStatusCode().value(), response.getHeaders(), response.getBody().readAllBytes()));
  }
}
