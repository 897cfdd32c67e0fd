package dev.errorcatalog.spring.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.spring.CatalogErrorRenderer;
import dev.errorcatalog.spring.client.CatalogResponseErrorHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Every documented error of the catalogs, thrown by a controller and received by RestClient, RestTemplate and
 * WebClient over real HTTP on loopback as the same typed exception: same class, entry, status, arguments,
 * message and wait, and the documented body as its raw body.
 */
abstract class RoundTripContract {

  @Value("${local.server.port}")
  int port;

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** A RestClient whose status handler decodes with the catalogs. */
  abstract RestClient restClient();

  /** A WebClient whose filter decodes with the catalogs. */
  abstract WebClient webClient();

  RestTemplate restTemplate() {
    RestTemplate template = new RestTemplate();
    template.setUriTemplateHandler(new DefaultUriBuilderFactory(base()));
    template.setErrorHandler(CatalogResponseErrorHandler.of(Entries.CATALOGS.toArray(String[]::new)));
    return template;
  }

  static Stream<CatalogError> entries() {
    return Entries.all();
  }

  static String path(CatalogError entry) {
    return "/errors/" + entry.catalogId() + "/" + entry.name(); // every entry has a name; not every one a code
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void restClient(CatalogError entry) {
    RestClient client = restClient();
    receives(entry, () -> client.get().uri(path(entry)).retrieve().body(String.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void restTemplate(CatalogError entry) {
    RestTemplate template = restTemplate();
    receives(entry, () -> template.getForObject(path(entry), String.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void webClient(CatalogError entry) {
    WebClient client = webClient();
    receives(entry, () -> client.get().uri(path(entry)).retrieve().bodyToMono(String.class).block());
  }

  static Stream<CatalogError> errorsAtSuccessStatus() {
    return Entries.atSuccessStatus();
  }

  /**
   * An error the API answers with a success status is answered at that status with its documented body, and a
   * client that asks the catalog ({@code errorsAt}, {@code isError()}, as README's loop does) gets the typed error.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("errorsAtSuccessStatus")
  void anErrorAtASuccessStatusIsAnsweredAtItsStatus(CatalogError entry) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base() + path(entry)))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    CatalogException thrown = Entries.exception(entry);
    assertEquals(entry.httpStatus(), response.statusCode());
    assertArrayEquals(new CatalogErrorRenderer(false, null).render(thrown).body(), response.body(), "body");
    ErrorDecoder<?> decoder = ErrorCatalogs.catalog(entry.catalogId()).decoder();
    assertTrue(decoder.errorsAt(response.statusCode()));
    DecodedError<?> decoded = decoder.decode(response.statusCode(), response.headers().map(), response.body());
    assertTrue(decoded.isError(), decoded::toString);
    assertSame(entry, decoded.entry().orElse(null));
    assertEquals(thrown.args(), decoded.args());
  }

  private static void receives(CatalogError entry, Executable call) {
    CatalogException thrown = Entries.exception(entry);
    CatalogException received = assertThrows(CatalogException.class, call);
    assertEquals(thrown.getClass(), received.getClass(), () -> "class of " + received);
    assertSame(entry, received.error().orElse(null), () -> "entry of " + received);
    assertEquals(thrown.status(), received.status());
    assertEquals(thrown.args(), received.args(), "args");
    assertEquals(thrown.retryAfter(), received.retryAfter(), "retry after");
    assertEquals(thrown.getMessage(), received.getMessage(), "message");
    assertArrayEquals(new CatalogErrorRenderer(false, null).render(thrown).body(), received.rawBody(), "body");
  }
}
