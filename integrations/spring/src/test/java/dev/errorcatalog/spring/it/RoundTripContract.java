package dev.errorcatalog.spring.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.spring.CatalogErrorRenderer;
import dev.errorcatalog.spring.client.CatalogResponseErrorHandler;
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
