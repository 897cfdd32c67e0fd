package dev.errorcatalog.openfeign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.clienttests.DocumentedErrors;
import dev.errorcatalog.feign.CatalogErrorDecoder;
import dev.errorcatalog.feign.CatalogRetryer;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.TestTime;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A Boot application with Spring Cloud OpenFeign and the starter: a {@code @FeignClient} with no configuration of its
 * own gets the catalogs' {@link CatalogErrorDecoder} and, with {@code errorcatalog.client.retry.enabled=true}, a
 * {@link CatalogRetryer}; every documented error of two catalogs is thrown typed (never Feign's
 * {@code RetryableException}), retried as its entry says on the test clock.
 */
@SpringBootTest(classes = OpenFeignTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "errorcatalog.client.catalogs=insider-live-activities,getresponse", "errorcatalog.client.retry.enabled=true"})
class OpenFeignTest {

  static final LoopbackServer SERVER = LoopbackServer.start();
  static final TestTime TIME = new TestTime();

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  @DynamicPropertySource
  static void url(DynamicPropertyRegistry registry) {
    registry.add("loopback.url", () -> "http://" + SERVER.uri("/").getAuthority());
  }

  /** A Feign client as Spring Cloud OpenFeign users write it. */
  @FeignClient(name = "documented", url = "${loopback.url}")
  interface Documented {
    @GetMapping("/documented/{name}")
    String get(@PathVariable("name") String name);
  }

  @SpringBootApplication
  @EnableFeignClients(clients = Documented.class)
  static class App {
    /** The starter's advisor on the test clock: retries wait no real time. */
    @Bean
    RetryAdvisor retryAdvisor() {
      return new RetryAdvisor(new SplittableRandom(7), TIME, TIME);
    }
  }

  @Autowired
  Documented documented;

  @Autowired
  ApplicationContext context;

  @Test
  void theStartersBeansAreTheOnesFeignUses() {
    assertInstanceOf(CatalogErrorDecoder.class, context.getBean(feign.codec.ErrorDecoder.class));
    assertInstanceOf(CatalogRetryer.class, context.getBean(feign.Retryer.class));
  }

  @Test
  void everyDocumentedErrorIsThrownTypedAndRetriedAsItsEntrySays() {
    List<DocumentedErrors.Case> all = DocumentedErrors.all();
    int retried = 0;
    for (DocumentedErrors.Case error : all) {
      SERVER.always(error.reply());
      int before = SERVER.requests();
      RuntimeException thrown = assertThrows(RuntimeException.class, () -> documented.get(error.entry().name()));
      error.verify(thrown);
      CatalogException typed = (CatalogException) thrown;
      int requests = SERVER.requests() - before;
      boolean retryable = error.entry().retryClass() != RetryClass.NEVER
          && error.entry().retryClass() != RetryClass.AFTER_ACTION;
      RetryAdvice advice = typed.retryAdvice().orElseThrow();
      if (requests > 1) {
        retried++;
        assertTrue(advice.byRetryLayer(), error + ": " + advice);
        assertEquals(requests, advice.attempt(), error + ": " + advice);
      } else {
        assertTrue(!retryable || advice.decision().stopped(), error + ": " + advice);
      }
    }
    assertTrue(retried > 0, "some documented errors are retryable and were retried");
    assertTrue(TIME.waits().stream().allMatch(w -> !w.isNegative() && w.compareTo(Duration.ofDays(1)) < 0));
  }
}
