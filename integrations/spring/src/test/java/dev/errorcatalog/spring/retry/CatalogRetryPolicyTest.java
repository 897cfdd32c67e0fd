package dev.errorcatalog.spring.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.CatalogBodyHandler;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.clienttests.LoopbackTest;
import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.TestTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.retry.support.RetryTemplate;

/**
 * Spring Retry's {@code RetryTemplate} and its {@code @Retryable} interceptor on {@link CatalogRetryPolicy} and
 * {@link CatalogBackOffPolicy}: java.net.http calls to the loopback server without retries of their own, over the
 * shared decision table (the waits on the advisor's test clock), the typed exception at the end.
 */
class CatalogRetryPolicyTest extends LoopbackTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One attempt, blocking, no retries: the typed exception unwrapped from HttpClient.send's IOException. */
  static String once(URI uri, boolean idempotent, ErrorDecoder<?> decoder) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    HttpRequest request = (idempotent ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString("{}"))).build();
    try {
      return HTTP.send(request, CatalogBodyHandler.of(decoder, BodyHandlers.ofString())).body();
    } catch (IOException e) {
      if (e.getCause() instanceof CatalogException typed) {
        throw typed;
      }
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theRetryTemplateDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) -> {
      RetryTemplate template = CatalogRetryPolicy.template(setup.advisor(), idempotent);
      return template.execute(context -> once(uri, idempotent, setup.decoder()));
    });
  }

  /** What a {@code @Retryable(interceptor = ...)} method's bean looks like. */
  public interface Orders {
    String order(URI uri);
  }

  @Test
  void theRetryableInterceptorRetriesAsTheAdvisorSaysAndThrowsTheTypedException() {
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(2), time, time);
    ProxyFactory proxies = new ProxyFactory((Orders) uri -> once(uri, true, DecisionCatalog.INSTANCE.decoder()));
    proxies.addInterface(Orders.class);
    proxies.addAdvice(CatalogRetryPolicy.interceptor(advisor, true));
    Orders orders = (Orders) proxies.getProxy();

    server.play(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "2"),
        1, Reply.OK);
    assertEquals(Reply.OK.text(), orders.order(server.uri("/retryable/ok")));
    assertEquals(java.util.List.of(Duration.ofSeconds(2)), time.waits());

    server.always(Reply.empty(503));
    int before = server.requests();
    CatalogException e = assertThrows(CatalogException.class, () -> orders.order(server.uri("/retryable/busy")));
    assertEquals(DecisionError.BUSY, e.error().orElseThrow());
    assertEquals(4, server.requests() - before, "BUSY's 4 attempts");
  }

  @Test
  void anExceptionThatIsNotTheCatalogsIsNotRetried() {
    TestTime time = new TestTime();
    RetryTemplate template = CatalogRetryPolicy.template(new RetryAdvisor(new SplittableRandom(1), time, time), true);
    int[] calls = {0};
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> template.execute(context -> {
      calls[0]++;
      throw new IllegalStateException("not an HTTP response");
    }));
    assertInstanceOf(IllegalStateException.class, e);
    assertEquals(1, calls[0]);
    assertEquals(java.util.List.of(), time.waits());
  }

  @Test
  void readmesExampleCompiles() {
    dev.errorcatalog.clienttests.ReadmeSnippets.assertCompiles("spring-retry");
  }
}
