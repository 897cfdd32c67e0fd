package dev.errorcatalog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.RetryAdvisor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample server and client over real HTTP on 127.0.0.1. */
class RoundTripTest {

  /** Every jitter draw is half the ceiling: exact delays. */
  private static final RandomGenerator HALF = new RandomGenerator() {
    @Override public double nextDouble() { return 0.5; }
    @Override public long nextLong() { throw new UnsupportedOperationException(); }
  };

  private ErrorServer server;
  private final List<Duration> slept = new ArrayList<>();
  private final List<CatalogClient.Attempt> attempts = new ArrayList<>();
  private CatalogClient client;

  @BeforeEach
  void start() throws Exception {
    server = ErrorServer.start();
    Tour.services().forEach(s -> s.register(server));
    client = new CatalogClient(server.uri(), new RetryAdvisor(HALF, Clock.systemUTC()), slept::add, attempts::add);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /**
   * Every documented error, plain and gzip-compressed: asked for with {@code Accept-Encoding: gzip}, the server
   * compresses, and java.net.http hands the decoder the compressed bytes.
   */
  @ParameterizedTest(name = "Accept-Encoding: {0}")
  @ValueSource(strings = {"", "gzip"})
  void everyDocumentedErrorSentByTheServerDecodesBackToItsEntry(String acceptEncoding) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    int checked = 0;
    for (SampleService service : Tour.services()) {
      for (CatalogError entry : ErrorCatalogs.catalog(service.catalogId()).entries()) {
        if (entry.httpStatus() < 400) {
          continue; // successes and non-HTTP delivery codes are never error responses
        }
        Map<String, Object> args = new LinkedHashMap<>();
        entry.placeholders().forEach(name -> args.put(name, 7));
        String path = "/documented/" + service.catalogId() + "/" + checked;
        server.route(path, dev.errorcatalog.CatalogException.class, e -> { throw e; }, (m, b) -> service.documented(entry, args));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path));
        if (!acceptEncoding.isEmpty()) {
          request.header("Accept-Encoding", acceptEncoding);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(entry.httpStatus(), response.statusCode(), entry.code());
        if (response.body().length > 0) {
          assertEquals(acceptEncoding, response.headers().firstValue("Content-Encoding").orElse(""), entry.code());
        }
        DecodedError<?> decoded = ErrorCatalogs.catalog(service.catalogId()).decoder()
            .decode(response.statusCode(), response.headers().map(), response.body());
        assertEquals(entry, decoded.entry().orElse(null),
            () -> service.catalogId() + " " + entry.code() + " sent as "
                + new String(response.body(), StandardCharsets.UTF_8) + " decoded as " + decoded);
        for (String name : entry.placeholders()) {
          assertEquals("7", decoded.args().get(name), entry.code() + " {" + name + "}");
        }
        checked++;
      }
    }
    assertTrue(checked > 150, "every error entry of the five catalogs, " + checked + " checked");
  }

  @Test
  void throttledCallsWaitTheServersRetryAfterAndThenSucceed() throws Exception {
    CatalogClient.Success ok = client.call("insider-one", "POST", "/insider-one/users", false);
    assertEquals(200, ok.status());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), slept);
    assertEquals(2, ok.failures().size());
    DecodedError<?> first = ok.failures().get(0).decoded();
    assertEquals(InsiderOneError.TOO_MANY_REQUESTS, first.entry().orElseThrow());
    assertEquals(Duration.ofSeconds(2), first.retryAfter().orElseThrow(), "the Retry-After header");
  }

  @Test
  void backoffDoublesWithFullJitterUntilTheAttemptsRunOutThenThrowsTheTypedException() {
    InsiderOneServiceUnavailableException e = assertThrows(InsiderOneServiceUnavailableException.class,
        () -> client.call("insider-one", "GET", "/insider-one/status", true));
    assertEquals(InsiderOneError.SERVICE_UNAVAILABLE, e.error().orElseThrow());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)),
        slept);
    assertEquals(5, attempts.size());
    assertEquals(MatchKind.STATUS, attempts.get(4).decoded().matchKind());
  }

  @Test
  void delayedWaitsTheDocumentedBase() throws Exception {
    CatalogClient.Success ok = client.call("insider-live-activities", "POST", "/insider-live-activities/update", false);
    assertEquals(200, ok.status());
    assertEquals(List.of(Duration.ofSeconds(1)), slept);
  }

  @Test
  void idempotentOnlyErrorsAreNotRetriedForAPost() {
    assertThrows(InsiderLiveActivitiesBadGatewayException.class,
        () -> client.call("insider-live-activities", "POST", "/insider-live-activities/start", false));
    assertEquals(List.of(), slept);
    assertTrue(attempts.get(0).decision().reason().contains("not idempotent"));
  }

  @Test
  void aDocumentedBodyWithoutRetryAfterHeaderStillCarriesTheBodyHint() throws Exception {
    CatalogClient.Success ok = client.call("transformify", "POST", "/transformify/messages/bulk", false);
    assertEquals(202, ok.status());
    assertEquals(List.of(Duration.ofSeconds(5)), slept);
    DecodedError<?> decoded = ok.failures().get(0).decoded();
    assertEquals(TransformifyError.PENDING_MESSAGE_CAPACITY_EXCEEDED, decoded.entry().orElseThrow());
    assertEquals("9800", decoded.args().get("currentPending"));
  }

  @Test
  void codesDecodeByCodeAndNeverRetry() {
    GetresponseNotFoundException e = assertThrows(GetresponseNotFoundException.class,
        () -> client.call("getresponse", "GET", "/getresponse/contacts/42", true));
    assertEquals("1013", e.error().orElseThrow().code());
    assertEquals(MatchKind.CODE, attempts.get(0).decoded().matchKind());
    assertEquals(List.of(), slept);
    assertThrows(PingbackConflictException.class, () -> client.call("pingback", "POST", "/pingback/contacts", false));
  }

  @Test
  void anUndocumentedResponseIsAResponseExceptionWithTheRawBody() {
    InsiderOneResponseException e = assertThrows(InsiderOneResponseException.class,
        () -> client.call("insider-one", "GET", "/insider-one/teapot", true));
    assertEquals(418, e.status());
    assertEquals("<html><body>I'm a teapot</body></html>", new String(e.rawBody(), StandardCharsets.UTF_8));
  }

  @Test
  void theTourRunsEveryCatalogAndEndsByItself(@TempDir Path docs) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Tour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), docs);
    String out = bytes.toString(StandardCharsets.UTF_8);
    for (String id : ErrorCatalogs.ids()) {
      assertTrue(out.contains("== " + id + ": "), id + " in\n" + out);
    }
    assertTrue(out.contains("attempt 1: 400 DATE_RANGE_TOO_LONG [MESSAGE] -> stop"), out);
    assertTrue(out.contains("=> threw InsiderOneServiceUnavailableException"), out);
    assertTrue(out.contains("=> 200 after 2 failed attempt(s)"), out);
    assertTrue(out.contains("docs regenerated by this build: " + docs.toAbsolutePath()), out);
  }

  @Test
  void theBuildWroteTheDocsSite() {
    Path docs = Path.of("target/docs");
    for (String id : ErrorCatalogs.ids()) {
      assertTrue(docs.resolve(id + ".md").toFile().isFile(), id + ".md in " + docs.toAbsolutePath());
    }
    assertTrue(docs.resolve("index.md").toFile().isFile());
  }
}
