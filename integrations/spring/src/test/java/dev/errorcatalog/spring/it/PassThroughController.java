package dev.errorcatalog.spring.it;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * An upstream, and a service route that calls it and lets its error escape: {@code GET /upstream/{kind}}
 * answers one of the {@link Upstream} responses as another server would; {@code GET
 * /pass-through/{client}/{kind}} calls it over loopback with Boot's {@code RestClient.Builder} ({@code
 * rest-client}, Spring MVC only: it blocks) or {@code WebClient.Builder} ({@code web-client}), which the starter
 * equipped with its decoding (errorcatalog.client.catalogs), and does not catch the typed exception.
 */
@RestController
class PassThroughController {

  /** The text of the upstream: markup, a forged header line, a right-to-left override, 900 KB. */
  static final String HOSTILE = "<script>alert(1)</script>\r\nX-Injected: 1\u202E" + "A".repeat(900_000);

  /** The responses the upstream sends, each with a wait and a header of its own that must not be copied. */
  enum Upstream {
    HOSTILE_NOT_FOUND(404, "application/json", "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"" + json(HOSTILE) + "\"}"),
    /** An entry whose template ({field}: {reason}) captures the whole message, and a field of the body. */
    HOSTILE_VALIDATION(400, "application/json", "{\"code\":\"VALIDATION_FAILED\",\"message\":\"" + json(HOSTILE)
        + "\",\"fields\":\"" + json(HOSTILE) + "\"}"),
    NOT_FOUND(404, "application/json", "{\"code\":\"ORDER_NOT_FOUND\",\"message\":\"Order 42 not found\"}"),
    /** A proxy's page, at a status none of the catalogs documents. */
    UNDOCUMENTED(504, "text/html", "<html><body><script>alert(1)</script>Upstream says: Gateway Timeout</body></html>");

    /** The wait and the header the upstream sends with every answer. */
    static final String RETRY_AFTER = "120";
    static final String HEADER = "X-Upstream";

    final int status;
    final String contentType;
    final byte[] body;

    Upstream(int status, String contentType, String body) {
      this.status = status;
      this.contentType = contentType;
      this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    /** The path segment: {@code hostile-not-found}. */
    String kind() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The headers as the upstream sends them. */
    HttpHeaders headers() {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.CONTENT_TYPE, contentType);
      headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
      headers.set(HEADER, "upstream-only");
      return headers;
    }

    static Upstream of(String kind) {
      return valueOf(kind.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    private static String json(String text) {
      return text.replace("\r", "\\r").replace("\n", "\\n");
    }
  }

  private final Environment environment;
  private final ObjectProvider<RestClient.Builder> restClients;
  private final ObjectProvider<WebClient.Builder> webClients;

  PassThroughController(Environment environment, ObjectProvider<RestClient.Builder> restClients,
      ObjectProvider<WebClient.Builder> webClients) {
    this.environment = environment;
    this.restClients = restClients;
    this.webClients = webClients;
  }

  @GetMapping("/upstream/{kind}")
  ResponseEntity<byte[]> upstream(@PathVariable String kind) {
    Upstream upstream = Upstream.of(kind);
    return ResponseEntity.status(upstream.status).headers(upstream.headers()).body(upstream.body);
  }

  @GetMapping("/pass-through/rest-client/{kind}")
  String restClient(@PathVariable String kind) {
    return restClients.getObject().baseUrl(base()).build()
        .get().uri("/upstream/{kind}", kind).retrieve().body(String.class);
  }

  @GetMapping("/pass-through/web-client/{kind}")
  Mono<String> webClient(@PathVariable String kind) {
    // A service that takes error bodies of a megabyte (WebClient buffers 256 KB by default).
    return webClients.getObject().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(2 << 20))
        .baseUrl(base()).build()
        .get().uri("/upstream/{kind}", kind).retrieve().bodyToMono(String.class);
  }

  private String base() {
    return "http://127.0.0.1:" + environment.getProperty("local.server.port");
  }
}
