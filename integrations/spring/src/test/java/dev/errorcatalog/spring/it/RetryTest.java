package dev.errorcatalog.spring.it;

import com.example.orders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.spring.client.CatalogClients;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;

/**
 * The RestClient retry interceptor against a flaky route over loopback, with the application's sleeper (which
 * records instead of waiting) and advisor (fixed jitter, fixed clock) in place of the starter's.
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetryTest {

  @Value("${local.server.port}")
  int port;

  @Autowired
  CatalogClients clients;

  @Autowired
  TestApp.RecordingSleeper sleeper;

  @Autowired
  OrdersController orders;

  RestClient client;

  @BeforeEach
  void client() {
    sleeper.waits.clear();
    client = RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultStatusHandler(clients.statusHandler("acme-orders"))
        .requestInterceptor(clients.retryInterceptor("acme-orders"))
        .build();
  }

  static String key() {
    return UUID.randomUUID().toString();
  }

  @Test
  void throttledWaitsWhatRetryAfterSaysThenSucceeds() {
    String key = key();
    String body = client.get().uri("/flaky/{key}?failures=2&code=RATE_LIMITED&wait=7", key)
        .retrieve().body(String.class);
    assertEquals("ok after 3", body);
    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(7)), sleeper.waits);
  }

  @Test
  void stopsAfterTheDocumentedAttempts() {
    String key = key();
    CatalogException e = assertThrows(CatalogException.class,
        () -> client.get().uri("/flaky/{key}?failures=10&code=RATE_LIMITED&wait=1", key).retrieve().body(String.class));
    assertInstanceOf(AcmeOrdersTooManyRequestsException.class, e);
    assertEquals(Duration.ofSeconds(1), e.retryAfter().orElseThrow());
    // RATE_LIMITED documents 4 attempts in all
    assertEquals(4, orders.calls(key));
    assertEquals(3, sleeper.waits.size());
  }

  @Test
  void idempotentOnlyIsNotRetriedForAPost() {
    String key = key();
    CatalogException e = assertThrows(CatalogException.class,
        () -> client.post().uri("/flaky/{key}?failures=1&code=UPSTREAM_DOWN", key).retrieve().body(String.class));
    assertInstanceOf(AcmeOrdersServiceUnavailableException.class, e);
    assertEquals(1, orders.calls(key));
    assertEquals(List.of(), sleeper.waits);
  }

  @Test
  void idempotentOnlyIsRetriedForAPut() {
    String key = key();
    assertEquals("ok after 2", client.put().uri("/flaky/{key}?failures=1&code=UPSTREAM_DOWN", key)
        .retrieve().body(String.class));
    // backoff with full jitter under the documented base of 1 s
    assertEquals(1, sleeper.waits.size());
    assertEquals(true, sleeper.waits.get(0).compareTo(Duration.ofSeconds(1)) < 0, sleeper.waits::toString);
  }

  @Test
  void aPostWithAnIdempotencyKeyIsRetried() {
    String key = key();
    assertEquals("ok after 2", client.post().uri("/flaky/{key}?failures=1&code=UPSTREAM_DOWN", key)
        .header("Idempotency-Key", key).retrieve().body(String.class));
  }

  @Test
  void neverIsNotRetried() {
    String key = key();
    CatalogException e = assertThrows(CatalogException.class,
        () -> client.get().uri("/flaky/{key}?failures=1&code=ORDER_NOT_FOUND", key).retrieve().body(String.class));
    assertInstanceOf(AcmeOrdersNotFoundException.class, e);
    assertEquals("42", e.args().get("orderId"));
    assertEquals(1, orders.calls(key));
  }
}
