package dev.errorcatalog.spring.it;

import com.example.pingback.*;
import com.example.orders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.spring.client.CatalogDecoding;
import dev.errorcatalog.spring.client.CatalogExchangeFilter;
import dev.errorcatalog.spring.client.CatalogResponseErrorHandler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The framework's own errors answered from the service's catalog (acme-orders, as application.properties
 * names): validation with the field errors as arguments, unknown route, method, media types, Spring
 * Security's 401 and 403, an uncaught exception (generic 500, fingerprinted); Spring's other errors left to it.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class FrameworkErrorsContract {

  @Value("${local.server.port}")
  int port;

  RestClient client() {
    return RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultStatusHandler(CatalogResponseErrorHandler.of("acme-orders"))
        .build();
  }

  static CatalogException fails(String code, Executable call) {
    CatalogException e = assertThrows(CatalogException.class, call);
    assertEquals(code, e.error().map(entry -> entry.code()).orElse("none"), () -> "code of " + e);
    assertEquals(Entries.entry("acme-orders", code).httpStatus(), e.status());
    return e;
  }

  @Test
  void invalidBody(CapturedOutput output) {
    CatalogException e = fails("VALIDATION_FAILED", () -> client().post().uri("/orders")
        .contentType(MediaType.APPLICATION_JSON).body("{\"item\": \"tea\", \"email\": \"not an email\"}")
        .retrieve().body(String.class));
    assertEquals("email", e.args().get("field"));
    assertEquals("email", e.args().get("fields"));
    assertTrue(e.args().get("reason").contains("email"), () -> e.args().toString());
    assertEquals("email: " + e.args().get("reason"), e.getMessage());
    assertEquals(1, count(output, "errorcatalog: 400 acme-orders VALIDATION_FAILED on POST /orders"), output::getAll);
  }

  @Test
  void everyInvalidField() {
    CatalogException e = fails("VALIDATION_FAILED", () -> client().post().uri("/orders")
        .contentType(MediaType.APPLICATION_JSON).body("{\"item\": \"\", \"email\": \"x\"}")
        .retrieve().body(String.class));
    assertEquals(Map.of("field", e.args().get("field"), "fields", "email, item"),
        Map.of("field", e.args().get("field"), "fields", sorted(e.args().get("fields"))));
  }

  @Test
  void invalidParameter() {
    CatalogException e = fails("VALIDATION_FAILED",
        () -> client().get().uri("/orders?page=0").retrieve().body(String.class));
    assertEquals("page", e.args().get("field"));
  }

  @Test
  void constraintViolation() {
    CatalogException e = fails("VALIDATION_FAILED",
        () -> client().get().uri("/subscriptions?email=nope").retrieve().body(String.class));
    assertEquals("email", e.args().get("field"));
  }

  @Test
  void unknownRoute(CapturedOutput output) {
    fails("NO_SUCH_ROUTE", () -> client().get().uri("/no/such/route").retrieve().body(String.class));
    assertEquals(1, count(output, "errorcatalog: 404 acme-orders NO_SUCH_ROUTE on GET /no/such/route"), output::getAll);
  }

  @Test
  void wrongMethod() {
    fails("METHOD_NOT_ALLOWED", () -> client().delete().uri("/orders").retrieve().body(String.class));
  }

  @Test
  void unsupportedMediaType() {
    fails("UNSUPPORTED_MEDIA_TYPE", () -> client().post().uri("/orders")
        .contentType(MediaType.TEXT_PLAIN).body("tea").retrieve().body(String.class));
  }

  @Test
  void notAcceptable() {
    fails("NOT_ACCEPTABLE", () -> client().get().uri("/orders")
        .accept(MediaType.valueOf("text/csv")).retrieve().body(String.class));
  }

  @Test
  void unauthenticated() {
    fails("UNAUTHENTICATED", () -> client().get().uri("/secure/me").retrieve().body(String.class));
  }

  @Test
  void wrongPassword() {
    fails("UNAUTHENTICATED", () -> client().get().uri("/secure/me")
        .header(HttpHeaders.AUTHORIZATION, basic("user", "wrong")).retrieve().body(String.class));
  }

  @Test
  void signedIn() {
    assertEquals("user", client().get().uri("/secure/me")
        .header(HttpHeaders.AUTHORIZATION, basic("user", "secret")).retrieve().body(String.class));
  }

  @Test
  void accessDenied() {
    fails("ACCESS_DENIED", () -> client().get().uri("/admin/stats")
        .header(HttpHeaders.AUTHORIZATION, basic("user", "secret")).retrieve().body(String.class));
  }

  @Test
  void uncaughtException(CapturedOutput output) {
    fails("INTERNAL_ERROR", () -> client().get().uri("/boom").retrieve().body(String.class));
    fails("INTERNAL_ERROR", () -> client().get().uri("/boom").retrieve().body(String.class));
    String log = output.getAll();
    String line = "uncaught exception [fingerprint ";
    assertEquals(2, count(output, line), log);
    int at = log.indexOf(line) + line.length();
    String fingerprint = log.substring(at, at + 8);
    assertTrue(fingerprint.matches("[0-9a-f]{8}"), fingerprint);
    assertEquals(2, count(output, "[fingerprint " + fingerprint + "] on GET /boom, answered errorcatalog: 500 "
        + "acme-orders INTERNAL_ERROR on GET /boom: java.lang.IllegalStateException: the order book is corrupt"), log);
    // the stack trace once, the second time one line that says so
    assertEquals(1, count(output, "(stack trace logged before)"), log);
  }

  @Test
  void springsOwnErrorsAreLeftToSpring() {
    CatalogException e = assertThrows(CatalogException.class,
        () -> client().get().uri("/teapot").retrieve().body(String.class));
    assertInstanceOf(AcmeOrdersResponseException.class, e);
    assertEquals(418, e.status());
  }

  @Test
  void anUndocumentedResponseKeepsItsBodyInEveryClient() {
    CatalogException rest = assertThrows(CatalogException.class,
        () -> client().get().uri("/teapot/answer").retrieve().body(String.class));
    CatalogException web = assertThrows(CatalogException.class, () -> WebClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .filter(new CatalogExchangeFilter(CatalogDecoding.of("acme-orders"))).build()
        .get().uri("/teapot/answer").retrieve().bodyToMono(String.class).block());
    for (CatalogException e : List.of(rest, web)) {
      assertInstanceOf(AcmeOrdersResponseException.class, e);
      assertEquals(418, e.status());
      assertEquals("short and stout", new String(e.rawBody(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFactoryMadeException(CapturedOutput output) {
    CatalogException e = assertThrows(CatalogException.class, () -> RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultStatusHandler(CatalogResponseErrorHandler.of("pingback")).build()
        .get().uri("/contacts/7").retrieve().body(String.class));
    assertInstanceOf(PingbackNotFoundException.class, e);
    assertEquals(PingbackError.CONTACT_NOT_FOUND, e.error().orElseThrow());
    assertEquals(1, count(output, "errorcatalog: 404 pingback CONTACT_NOT_FOUND on GET /contacts/7"), output::getAll);
  }

  @Test
  void theDocumentedBodyAsReadmeShowsIt() {
    assertEquals("{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 42 not found\"}",
        raw("/errors/acme-orders/ORDER_NOT_FOUND", 404));
  }

  @Test
  void aProjectAdviceWins() {
    assertEquals("{\"handledBy\":\"project advice\"}", raw("/project/contacts/7", 404));
  }

  @Test
  void aControllersOwnHandlerWins() {
    assertEquals("{\"handledBy\":\"controller\"}", raw("/project/conflict", 409));
  }

  @Test
  void whatTheProjectDoesNotHandleIsTheStarters() {
    CatalogException e = assertThrows(CatalogException.class, () -> RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultStatusHandler(CatalogResponseErrorHandler.of("pingback")).build()
        .get().uri("/project/forbidden").retrieve().body(String.class));
    assertEquals(PingbackError.FORBIDDEN, e.error().orElseThrow());
  }

  /** The body of a response that must have this status. */
  String raw(String path, int status) {
    return RestClient.create("http://127.0.0.1:" + port).get().uri(path).exchange((request, response) -> {
      assertEquals(status, response.getStatusCode().value());
      return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
    });
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static int count(CapturedOutput output, String text) {
    String all = output.getAll();
    int count = 0;
    for (int at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + text.length())) {
      count++;
    }
    return count;
  }

  private static String sorted(String fields) {
    return String.join(", ", java.util.Arrays.stream(fields.split(", ")).sorted().toList());
  }
}
