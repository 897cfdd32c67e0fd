package dev.errorcatalog.clienttests;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.CatalogBodyHandler;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.testkit.TestTime;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * java.net.http against every documented error of two shipped catalogs: {@link RetryAdvisor#send} (retrying as
 * the entry says, on a test clock) and {@link CatalogBodyHandler} with {@code sendAsync} both end with the typed
 * exception the catalog's decoder gives.
 */
class JavaNetHttpDocumentedErrorsTest extends LoopbackTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void sendThrowsTheTypedException(DocumentedErrors.Case error) {
    server.always(error.reply());
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(1), time, time);
    HttpRequest get = HttpRequest.newBuilder(server.uri("/documented")).timeout(Duration.ofSeconds(10)).build();
    error.verify(assertThrows(RuntimeException.class,
        () -> advisor.send(HTTP, get, BodyHandlers.ofString(), error.decoder())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void theBodyHandlerFailsSendAsyncWithTheTypedException(DocumentedErrors.Case error) {
    server.always(error.reply());
    HttpRequest post = HttpRequest.newBuilder(server.uri("/documented")).timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    error.verify(assertThrows(ExecutionException.class, () -> HTTP.sendAsync(post,
        CatalogBodyHandler.of(error.decoder(), BodyHandlers.ofString())).get(10, TimeUnit.SECONDS)));
  }
}
