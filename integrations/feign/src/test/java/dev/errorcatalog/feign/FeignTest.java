package dev.errorcatalog.feign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.clienttests.DocumentedErrors;
import dev.errorcatalog.clienttests.LoopbackTest;
import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionException;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.TestTime;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.RetryableException;
import feign.Retryer;
import java.net.URI;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Feign's default client on loopback, with {@link CatalogErrorDecoder} and {@link CatalogRetryer}. */
class FeignTest extends LoopbackTest {

  /** A Feign interface for the test server's paths. */
  interface Api {
    @RequestLine("GET /{dir}/{name}")
    String get(@Param("dir") String dir, @Param("name") String name);

    @RequestLine("POST /{dir}/{name}")
    @Headers("Content-Type: application/json")
    String post(@Param("dir") String dir, @Param("name") String name, String body);
  }

  private static Api api(URI uri, ErrorDecoder<?> decoder, RetryAdvisor advisor, Retryer retryer) {
    return Feign.builder()
        .errorDecoder(new CatalogErrorDecoder(decoder, advisor))
        .retryer(retryer)
        .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
        .target(Api.class, "http://" + uri.getAuthority());
  }

  private static String call(Api api, URI uri, boolean idempotent) {
    String[] path = uri.getPath().split("/");
    return idempotent ? api.get(path[1], path[2]) : api.post(path[1], path[2], "{\"order\":1}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theRetryerDecidesAsTheTableSays(DecisionCase row) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) ->
        call(api(uri, setup.decoder(), setup.advisor(), new CatalogRetryer(setup.advisor())), uri, idempotent));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void everyDocumentedErrorIsThrownTyped(DocumentedErrors.Case error) {
    server.always(error.reply());
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(3), time, time);
    URI uri = server.uri("/documented/" + error.entry().name());
    error.verify(assertThrows(RuntimeException.class,
        () -> call(api(uri, error.decoder(), advisor, new CatalogRetryer(advisor)), uri, true)));
    // without retries (Feign's NEVER_RETRY unwrapped), the same exception at the first response
    error.verify(assertThrows(RuntimeException.class,
        () -> call(api(uri, error.decoder(), advisor, Retryer.NEVER_RETRY), uri, false)));
  }

  /** Records what Feign hands its retryer, and never retries. */
  private static final class Recording implements Retryer {
    RetryableException seen;

    @Override
    public void continueOrPropagate(RetryableException e) {
      seen = e;
      throw e;
    }

    @Override
    public Retryer clone() {
      return this;
    }
  }

  @Test
  void theRetryableExceptionCarriesTheAdvisorsDelayAndTheTypedCause() {
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(3), time, time);
    server.always(Reply.json(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").with("Retry-After", "2"));
    Recording recording = new Recording();
    URI uri = server.uri("/orders/1");
    DecisionException.Documented typed = assertInstanceOf(DecisionException.Documented.class, assertThrows(
        RuntimeException.class, () -> call(api(uri, DecisionCatalog.INSTANCE.decoder(), advisor, recording), uri, false)));
    assertEquals(Duration.ofSeconds(2), typed.retryAfter().orElseThrow());
    assertEquals(time.millis() + 2000, recording.seen.retryAfter());
    assertEquals(typed, recording.seen.getCause());
  }
}
