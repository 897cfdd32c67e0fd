package dev.errorcatalog.resilience4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.feign.CatalogErrorDecoder;
import dev.errorcatalog.feign.CatalogRetryer;
import dev.errorcatalog.testkit.ClockScheduler;
import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.SlackLike;
import dev.errorcatalog.testkit.TestTime;
import feign.Feign;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Retryer;
import io.github.resilience4j.retry.Retry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feign inside Resilience4j ({@link CatalogRetry}'s decorators), with each retryer a Feign client may have: Feign's
 * own ({@code NEVER_RETRY}, {@code Retryer.Default}) never see a catalog error, and {@link CatalogRetryer} switches
 * itself off inside the catalog retry layer, so Resilience4j alone follows the decision table; the caller gets the
 * typed exception. The asynchronous Retry schedules its waits on a scheduler that moves the test clock.
 */
class FeignInsideResilience4jTest {

  interface Api {
    @RequestLine("GET /{dir}/{name}")
    String get(@Param("dir") String dir, @Param("name") String name);

    @RequestLine("POST /{dir}/{name}")
    @Headers("Content-Type: application/json")
    String post(@Param("dir") String dir, @Param("name") String name, String body);
  }

  static Stream<Arguments> rows() {
    return DecisionTable.cases().stream().flatMap(row -> Stream.of(
        Arguments.of(row, "NEVER_RETRY"), Arguments.of(row, "Retryer.Default"), Arguments.of(row, "CatalogRetryer")));
  }

  private static Retryer retryer(String name, RetryAdvisor advisor) {
    return switch (name) {
      case "NEVER_RETRY" -> Retryer.NEVER_RETRY;
      case "Retryer.Default" -> new Retryer.Default(1, 1, 5);
      default -> new CatalogRetryer(advisor);
    };
  }

  static Api api(URI uri, ErrorDecoder<?> decoder, RetryAdvisor advisor, Retryer retryer) {
    CatalogErrorDecoder errors = new CatalogErrorDecoder(decoder, advisor);
    return Feign.builder().errorDecoder(errors).responseInterceptor(errors.errorsAtSuccessStatus()).retryer(retryer)
        .target(Api.class, "http://" + uri.getAuthority());
  }

  static String call(Api api, URI uri, boolean idempotent) {
    String[] path = uri.getPath().split("/");
    return idempotent ? api.get(path[1], path[2]) : api.post(path[1], path[2], "{\"order\":1}");
  }

  /** A blocking Feign call as one asynchronous attempt. */
  private static Supplier<CompletionStage<String>> attempt(Supplier<String> call) {
    return () -> {
      try {
        return CompletableFuture.completedFuture(call.get());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    };
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("rows")
  void resilience4jAloneRetriesAsTheTableSays(DecisionCase row, String retryer) throws Exception {
    DecisionTable.run(row, setup -> (uri, idempotent) -> {
      ClockScheduler scheduler = new ClockScheduler(setup.time());
      try {
        Api api = api(uri, setup.decoder(), setup.advisor(), retryer(retryer, setup.advisor()));
        return CatalogRetry.of(setup.advisor())
            .decorateCompletionStage(Retry.of(row.name(), CatalogRetry.config()), scheduler, idempotent,
                attempt(() -> call(api, uri, idempotent)))
            .get().toCompletableFuture().get(10, TimeUnit.SECONDS);
      } finally {
        scheduler.shutdownNow();
      }
    });
  }

  /** The synchronous decorator, Feign's errors at a success status included: typed, retried by Resilience4j. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("retryerNames")
  void errorsAtASuccessStatusAreTypedAndRetried(String retryer) throws Exception {
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(5), time, time);
    ClockScheduler scheduler = new ClockScheduler(time);
    try (LoopbackServer server = LoopbackServer.start()) {
      URI uri = server.uri("/slack/post");
      Api api = api(uri, SlackLike.DECODER, advisor, retryer(retryer, advisor));
      CatalogRetry catalogRetry = CatalogRetry.of(advisor);
      server.always(SlackLike.CHANNEL_NOT_FOUND_REPLY);
      CatalogException e = assertInstanceOf(SlackLike.SlackLikeException.class, assertThrows(ExecutionException.class,
          () -> catalogRetry.decorateCompletionStage(Retry.of("slack", CatalogRetry.config()), scheduler, false,
              attempt(() -> call(api, uri, false))).get().toCompletableFuture().get(10, TimeUnit.SECONDS)).getCause());
      assertEquals(SlackLike.CHANNEL_NOT_FOUND, e.error().orElseThrow());
      assertEquals(1, server.requests());

      server.play(SlackLike.RATELIMITED_REPLY, 1, Reply.OK);
      assertEquals(Reply.OK.text(), catalogRetry.decorateCompletionStage(Retry.of("slack", CatalogRetry.config()),
          scheduler, false, attempt(() -> call(api, uri, false))).get().toCompletableFuture().get(10, TimeUnit.SECONDS));
      assertEquals(List.of(Duration.ofSeconds(1)), time.waits());
      assertEquals(3, server.requests());
    } finally {
      scheduler.shutdownNow();
    }
  }

  static Stream<String> retryerNames() {
    return Stream.of("NEVER_RETRY", "Retryer.Default", "CatalogRetryer");
  }

  static <T> Function<T, T> id() {
    return Function.identity();
  }
}
