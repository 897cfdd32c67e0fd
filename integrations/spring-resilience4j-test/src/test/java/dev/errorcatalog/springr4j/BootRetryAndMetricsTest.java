package dev.errorcatalog.springr4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.DecisionException;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Boot 3.5 application as users build it, on 127.0.0.1: resilience4j-spring-boot3's {@code @Retry(name = "orders")},
 * configured from properties with {@code CatalogFailurePredicate} and {@code CatalogIntervalBiFunction}, retries a
 * Feign call (Feign's {@code NEVER_RETRY}) per the catalog and ends in the typed exception; the starter's meters of
 * those errors and retries are read back from {@code /actuator/metrics} over HTTP.
 */
@SpringBootTest(classes = OrdersApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BootRetryAndMetricsTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Autowired
  OrdersApp.Orders orders;

  /** The port Boot chose (the property, not @LocalServerPort, whose package Boot 4 moved). */
  @Value("${local.server.port}")
  int port;

  private String actuator(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  private static URI base(LoopbackServer server) {
    URI uri = server.uri("/");
    return URI.create("http://" + uri.getAuthority());
  }

  @Test
  void aPermanent503IsRetriedAsTheEntrySaysThenTheTypedExceptionAndTheMetersShowIt() throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.empty(503));
      DecisionException e = assertInstanceOf(DecisionException.class,
          assertThrows(RuntimeException.class, () -> orders.order(base(server), "1")));
      assertEquals(DecisionError.BUSY, e.error().orElseThrow());
      assertEquals(4, server.requests(), "BUSY documents 4 attempts");
    }
    String names = actuator("/actuator/metrics");
    assertTrue(names.contains("\"errorcatalog.client.errors\"") && names.contains("\"errorcatalog.client.retries\"")
        && names.contains("\"errorcatalog.client.calls\""), names);
    String errors = actuator("/actuator/metrics/errorcatalog.client.errors?tag=catalog:decisions&tag=entry:BUSY"
        + "&tag=match:STATUS");
    assertTrue(errors.matches("(?s).*\"value\":4\\.0.*"), errors);
    String stops = actuator("/actuator/metrics/errorcatalog.client.retries?tag=entry:BUSY&tag=decision:stop");
    assertTrue(stops.matches("(?s).*\"value\":1\\.0.*"), stops);
    String retries = actuator("/actuator/metrics/errorcatalog.client.retries?tag=entry:BUSY&tag=decision:retry");
    assertTrue(retries.matches("(?s).*\"value\":3\\.0.*"), retries);
    String failed = actuator("/actuator/metrics/errorcatalog.client.calls?tag=entry:BUSY&tag=outcome:failed");
    assertTrue(failed.matches("(?s).*\"value\":1\\.0.*"), failed);
  }

  @Test
  void aRetryAfterIsWaitedThenTheCallSucceeds() {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.play(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "1"), 1,
          Reply.OK);
      long start = System.nanoTime();
      assertEquals(Reply.OK.text(), orders.order(base(server), "2"));
      assertTrue(System.nanoTime() - start >= 1_000_000_000L, "the Retry-After second was waited");
      assertEquals(2, server.requests());
    }
  }

  @Test
  void aNeverEntryIsThrownAtTheFirstResponse() {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.json(400, "{\"code\":\"INVALID_ORDER\",\"message\":\"Order 3 is invalid\"}"));
      DecisionException e = assertInstanceOf(DecisionException.class,
          assertThrows(RuntimeException.class, () -> orders.order(base(server), "3")));
      assertEquals(DecisionError.INVALID_ORDER, e.error().orElseThrow());
      assertEquals(1, server.requests());
    }
  }
}
