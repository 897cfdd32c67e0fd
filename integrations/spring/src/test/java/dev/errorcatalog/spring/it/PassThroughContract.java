package dev.errorcatalog.spring.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.spring.CatalogErrorRenderer;
import dev.errorcatalog.spring.RenderedError;
import dev.errorcatalog.spring.client.CatalogDecoding;
import dev.errorcatalog.spring.it.PassThroughController.Upstream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * Issue 33: a service whose handler lets an upstream's decoded error escape never answers with the upstream's
 * error. Each {@link Upstream} response is fetched by the service with the starter's own clients, over
 * loopback, and not caught; the service's answer is checked byte for byte against the answer the subclass
 * expects (the service's own entry, the relayed entry, or Spring's 500), and for what must never be in it:
 * the upstream's headers, raw control or bidirectional characters, more than a few KB, and, unless relayed
 * by the application's choice, anything of the upstream's text. Its log line is one line, bounded and safe.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class PassThroughContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Larger than any answer here may be: the entries' texts, and a few shortened arguments. */
  private static final int BOUND = 4096;

  /** What the service answers to one upstream response. */
  record Answer(Kind kind, String code, Map<String, String> args) {
    enum Kind { OWN, RELAYED, SPRING }

    /** The service's own entry of acme-orders, with these arguments (none: its message as written). */
    static Answer own(String code, Map<String, String> args) {
      return new Answer(Kind.OWN, code, args);
    }

    static Answer own(String code) {
      return own(code, Map.of());
    }

    /** The upstream's entry, relayed: its documented answer, from the upstream's arguments. */
    static Answer relayed(String code) {
      return new Answer(Kind.RELAYED, code, null);
    }

    /** Spring's own answer to an uncaught exception. */
    static final Answer SPRING = new Answer(Kind.SPRING, null, Map.of());

    /** This answer to every upstream response. */
    Map<Upstream, Answer> always() {
      Map<Upstream, Answer> all = new EnumMap<>(Upstream.class);
      for (Upstream upstream : Upstream.values()) {
        all.put(upstream, this);
      }
      return all;
    }
  }

  private final Map<Upstream, Answer> expected;

  @Value("${local.server.port}")
  int port;

  @Value("${spring.main.web-application-type:servlet}")
  String stack;

  @Autowired
  CatalogErrorRenderer renderer;

  PassThroughContract(Map<Upstream, Answer> expected) {
    this.expected = Map.copyOf(expected);
  }

  /** The service's clients of the upstream: RestClient blocks, so it serves on Spring MVC only. */
  List<String> clients() {
    return stack.equals("reactive") ? List.of("web-client") : List.of("rest-client", "web-client");
  }

  record Response(int status, HttpHeaders headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @EnumSource(Upstream.class)
  void theServiceAnswersItsOwnError(Upstream upstream) throws Exception {
    Answer answer = expected.get(upstream);
    for (String client : clients()) {
      Response response = get("/pass-through/" + client + "/" + upstream.kind());
      String where = client + ", " + upstream + ": " + response.status() + " " + response.headers() + " "
          + response.text().substring(0, Math.min(600, response.text().length()));

      assertNull(response.headers().getFirst(Upstream.HEADER), where);
      assertNull(response.headers().getFirst(HttpHeaders.RETRY_AFTER), where);
      assertTrue(response.body().length < BOUND, where);
      for (String unsafe : List.of("\r", "\n", "\u202E")) {
        assertFalse(response.text().contains(unsafe), where);
      }
      RenderedError documented = answer.kind() == Answer.Kind.SPRING ? null : renderer.render(
          Entries.entry("acme-orders", answer.code()),
          answer.kind() == Answer.Kind.RELAYED ? upstreamArgs(upstream) : answer.args(), null, null);
      if (answer.kind() != Answer.Kind.RELAYED) {
        // none of the upstream's text, but what the service's own answer says itself
        String own = documented == null ? "" : new String(documented.body(), StandardCharsets.UTF_8);
        for (String upstreamText : List.of("<script", "X-Injected", "A".repeat(20), "ORDER_NOT_FOUND", "Order 42",
            "orderId\":\"42", "Upstream says")) {
          assertEquals(own.contains(upstreamText), response.text().contains(upstreamText),
              () -> upstreamText + " in " + where);
        }
      }

      if (documented == null) {
        springsOwn(response, where);
        continue;
      }
      assertEquals(documented.status(), response.status(), where);
      assertEquals(documented.contentType().isEmpty() ? null : documented.contentType(),
          response.headers().getFirst(HttpHeaders.CONTENT_TYPE), where);
      assertArrayEquals(documented.body(), response.body(), where);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"HOSTILE_NOT_FOUND", "HOSTILE_VALIDATION"})
  void theUpstreamsErrorIsLoggedOnceBoundedAndSafe(Upstream upstream, CapturedOutput output) {
    for (String client : clients()) {
      String path = "/pass-through/" + client + "/" + upstream.kind();
      get(path);
      List<String> lines = new ArrayList<>();
      for (String line : output.getAll().split("\n")) {
        if (line.contains("errorcatalog: ") && line.contains("on GET " + path)) {
          lines.add(line);
        }
      }
      assertEquals(1, lines.size(), () -> path + ": " + lines);
      assertTrue(lines.get(0).length() < 2 * 1024, lines.get(0));
    }
    String all = output.getAll();
    assertFalse(all.contains("\u202E"), "a raw right-to-left override in the log");
    assertFalse(all.contains("A".repeat(600)), "the upstream's 900 KB in the log");
    for (String line : all.split("\n")) {
      assertFalse(line.startsWith("X-Injected"), () -> "a forged log line: " + line);
    }
  }

  /** The arguments the upstream's response carried, as the service's client decoded them. */
  private static Map<String, String> upstreamArgs(Upstream upstream) {
    return CatalogDecoding.of("acme-orders").decode(upstream.status, upstream.headers(), upstream.body).args();
  }

  /** Boot's answer to an uncaught exception: its error attributes, which show no exception message by default. */
  private static void springsOwn(Response response, String where) throws Exception {
    assertEquals(500, response.status(), where);
    JsonNode body = JSON.readTree(response.body());
    Set<String> shown = Set.of("timestamp", "status", "error", "path", "requestId");
    body.fieldNames().forEachRemaining(name -> assertTrue(shown.contains(name), () -> name + " in " + where));
    assertEquals(500, body.path("status").intValue(), where);
  }

  Response get(String path) {
    return RestClient.create("http://127.0.0.1:" + port).get().uri(path).exchange((request, response) ->
        new Response(response.getStatusCode().value(), response.getHeaders(), response.getBody().readAllBytes()));
  }
}
