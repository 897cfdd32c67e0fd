package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.runtime.CatalogCodec;
import dev.errorcatalog.runtime.Constant;
import dev.errorcatalog.runtime.EntryRow;
import dev.errorcatalog.runtime.ShapeRow;
import dev.errorcatalog.testkit.LoopbackServer;
import dev.errorcatalog.testkit.Reply;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * Errors the API answers with a success status (Slack's {@code 200 {"ok": false, ...}}) and entries answered with
 * several statuses (GitHub's rate limit, {@code 403} or {@code 429}): what the decoder, {@link DecodedError#isError()},
 * {@link CatalogBodyHandler} and {@link RetryAdvisor#send} make of them, over real HTTP.
 */
class ErrorsAtSuccessStatusTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A Slack-like catalog: errors at 200 marked by their shape, a success, and a rate limit at 403 or 429. */
  enum Slack implements CatalogError {
    OK(EntryRow.withoutCode(200).title("OK").shape(Shapes.OK).anchor("ok").build()),
    CHANNEL_NOT_FOUND(EntryRow.builder(200, "channel_not_found").title("Channel not found").shape(Shapes.ERROR)
        .anchor("channel_not_found").build()),
    RATE_LIMITED(EntryRow.withoutCode(403).alsoAt(429).title("Rate limited").message("Slow down, {who}.")
        .shape(Shapes.TEXT).retry(RetryClass.THROTTLED).anchor("rate-limited").build());

    private final EntryRow row;

    Slack(EntryRow row) {
      this.row = row;
    }

    static final class Shapes {
      static final ShapeRow ERROR = ShapeRow.json("slack-error").error().code("/error")
          .when(Constant.bool("/ok", false)).build();
      static final ShapeRow OK = ShapeRow.json("slack-ok").when(Constant.bool("/ok", true)).build();
      static final ShapeRow TEXT = ShapeRow.json("message").message("/message").build();
    }

    @Override public String catalogId() { return "slack"; }
    @Override public int httpStatus() { return row.status(); }
    @Override public List<Integer> httpStatuses() { return row.statuses(); }
    @Override public boolean isSuccess() { return row.isSuccess(); }
    @Override public String code() { return row.code(); }
    @Override public String title() { return row.title(); }
    @Override public String messageTemplate() { return row.template().display(); }
    @Override public List<String> placeholders() { return row.template().placeholders(); }
    @Override public RetryClass retryClass() { return row.retryClass(); }
    @Override public String anchor() { return row.anchor(); }
    @Override public String format(Map<String, ?> args) { return row.template().format(args); }
  }

  static final class SlackException extends CatalogException {
    private static final long serialVersionUID = 1L;

    SlackException(DecodedError<Slack> d) {
      super(d.entry().orElse(null), d.status(), d.message().orElse(""), d.args(), d.retryAfter().orElse(null),
          d.rawBody());
    }
  }

  private static final CatalogCodec<Slack> CODEC = CatalogCodec.of(
      List.of(Slack.Shapes.ERROR, Slack.Shapes.OK, Slack.Shapes.TEXT), List.of(Slack.values()), e -> e.row,
      SlackException::new);

  /** The decoder as generated code writes it: {@code errorsAt} answered by the engine. */
  private static final ErrorDecoder<Slack> DECODER = new ErrorDecoder<>() {
    @Override
    public DecodedError<Slack> decode(int status, Map<String, List<String>> headers, byte[] body) {
      return CODEC.decode(status, headers, body);
    }

    @Override
    public boolean errorsAt(int status) {
      return CODEC.errorsAt(status);
    }
  };

  @Test
  void aDocumentedErrorAtTwoHundredIsAnError() {
    DecodedError<Slack> d = DECODER.decode(200, "{\"ok\": false, \"error\": \"channel_not_found\"}");
    assertEquals(Slack.CHANNEL_NOT_FOUND, d.entry().orElseThrow());
    assertEquals(MatchKind.CODE, d.matchKind());
    assertTrue(d.isError());
    assertFalse(Slack.CHANNEL_NOT_FOUND.isSuccess());
    assertEquals(Slack.CHANNEL_NOT_FOUND, ((SlackException) d.toException()).error().orElseThrow());
  }

  @Test
  void aBodyTheErrorShapesConstantsMarkIsAnErrorWithoutAnEntry() {
    // A truncated body counts by what was read before the cut: {"ok": false said it.
    for (String body : List.of("{\"ok\": false, \"error\": \"some_new_error\"}", "{\"ok\": false}", "{\"ok\":\"false\"}",
        "{\"ok\": false")) {
      DecodedError<Slack> d = DECODER.decode(200, body);
      assertEquals(MatchKind.NONE, d.matchKind(), body);
      assertTrue(d.isError(), body);
    }
  }

  @Test
  void successBodiesAtTwoHundredAreNoErrors() {
    DecodedError<Slack> ok = DECODER.decode(200, "{\"ok\": true, \"channel\": \"C1\"}");
    assertEquals(Slack.OK, ok.entry().orElseThrow());
    assertFalse(ok.isError());
    assertTrue(Slack.OK.isSuccess());
    for (String body : List.of("", "[1,2]", "{\"channel\": \"C1\"}", "<html>ok</html>", "{\"ok\": fals")) {
      assertFalse(DECODER.decode(200, body).isError(), body);
    }
    // 201 documents no error: no body there is one, whatever it carries.
    assertFalse(DECODER.decode(201, "{\"ok\": false, \"error\": \"channel_not_found\"}").isError());
  }

  @Test
  void errorsAreLookedForOnlyAtTheSuccessStatusesTheCatalogDocumentsThemAt() {
    assertTrue(DECODER.errorsAt(200));
    assertFalse(DECODER.errorsAt(201));
    assertFalse(DECODER.errorsAt(304));
    assertTrue(DECODER.errorsAt(404));
    assertTrue(DECODER.errorsAt(0));
    ErrorDecoder<Slack> older = CODEC::decode;
    assertFalse(older.errorsAt(200), "a decoder generated before errorsAt: by the status alone");
    assertTrue(older.errorsAt(500));
  }

  @Test
  void anEntryAnsweredWithSeveralStatusesDecodesAtEachAndOnlyThere() {
    for (int status : new int[] {403, 429}) {
      DecodedError<Slack> d = DECODER.decode(status, "{\"message\": \"Slow down, bob.\"}");
      assertEquals(Slack.RATE_LIMITED, d.entry().orElse(null), "at " + status);
      assertEquals(Map.of("who", "bob"), d.args());
    }
    assertEquals(MatchKind.NONE, DECODER.decode(400, "{\"message\": \"Slow down, bob.\"}").matchKind());
    assertEquals(List.of(403, 429), Slack.RATE_LIMITED.httpStatuses());
    assertEquals(403, Slack.RATE_LIMITED.httpStatus());
  }

  @Test
  void aCodeMatchAtAnErrorStatusIsAnErrorEvenForASuccessEntry() {
    // A success entry matched by its code at 400 (a server sending a success body with an error status) is the
    // server's error: the status says so.
    DecodedError<Slack> d = DECODER.decode(400, "{\"ok\": true}");
    assertTrue(d.isError());
  }

  private static HttpRequest get(LoopbackServer server) {
    return HttpRequest.newBuilder(server.uri("/chat.postMessage")).timeout(Duration.ofSeconds(10)).GET().build();
  }

  @Test
  void theBodyHandlerThrowsTheTypedExceptionForAnErrorAtTwoHundredAndHandsSuccessesOnAsTheyCame() throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      Reply error = Reply.json(200, "{\"ok\":false,\"error\":\"channel_not_found\"}");
      Reply ok = Reply.json(200, "{\"ok\":true,\"channel\":\"C1H9RESGL\",\"text\":\"héllo 😀\"}");
      server.play(error, 1, ok);
      CatalogBodyHandler<String> handler = CatalogBodyHandler.of(DECODER, BodyHandlers.ofString());
      CompletionException failed = assertThrows(CompletionException.class,
          () -> HTTP.sendAsync(get(server), handler).join());
      SlackException typed = assertInstanceOf(SlackException.class, failed.getCause());
      assertEquals(Slack.CHANNEL_NOT_FOUND, typed.error().orElseThrow());
      assertEquals(200, typed.status());
      assertEquals(error.text(), new String(typed.rawBody(), StandardCharsets.UTF_8));
      assertEquals(ok.text(), HTTP.sendAsync(get(server), handler).join().body());
      // The caller's handler gets the bytes whatever it makes of them: here a stream.
      HttpResponse<java.io.InputStream> stream = HTTP.sendAsync(get(server),
          CatalogBodyHandler.of(DECODER, BodyHandlers.ofInputStream())).join();
      try (java.io.InputStream in = stream.body()) {
        assertEquals(ok.text(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void theAdvisorThrowsTheTypedExceptionOfAnErrorAtTwoHundredAndRetriesItAsDocumented() throws Exception {
    RetryAdvisor advisor = new RetryAdvisor(null, Clock.systemUTC(), Sleeper.system());
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.json(200, "{\"ok\":false,\"error\":\"channel_not_found\"}"));
      SlackException e = assertThrows(SlackException.class,
          () -> advisor.send(HTTP, get(server), BodyHandlers.ofString(), DECODER));
      assertEquals(Slack.CHANNEL_NOT_FOUND, e.error().orElseThrow());
      assertEquals(1, server.requests(), "never: one attempt");
    }
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.json(200, "{\"ok\":false,\"error\":\"brand_new\"}"));
      SlackException e = assertThrows(SlackException.class,
          () -> advisor.send(HTTP, get(server), BodyHandlers.ofString(), DECODER));
      assertTrue(e.error().isEmpty(), "an error the catalog does not document: the untyped exception");
    }
    try (LoopbackServer server = LoopbackServer.start()) {
      server.always(Reply.json(200, "{\"ok\":true}"));
      assertEquals("{\"ok\":true}", advisor.send(HTTP, get(server), BodyHandlers.ofString(), DECODER).body());
    }
  }

  /** README's client loop ("A client decodes any error response"), with this catalog's decoder. */
  private static HttpResponse<byte[]> readmeLoop(RetryAdvisor advisor, HttpRequest request, ErrorDecoder<?> decoder)
      throws Exception {
    RetryAdvisor.Retries retries = advisor.begin(/* idempotent */ true);
    while (true) {
      HttpResponse<byte[]> response = HTTP.send(request, BodyHandlers.ofByteArray());
      if (!decoder.errorsAt(response.statusCode())) return response;
      DecodedError<?> decoded = decoder.decode(response.statusCode(), response.headers().map(), response.body());
      if (!decoded.isError()) return response;
      RetryDecision decision = retries.next(decoded);
      if (decision.stopped()) throw decoded.toException();
      Thread.sleep(decision.delay().toMillis());
    }
  }

  @Test
  void readmesClientLoopThrowsForAnErrorAtTwoHundredAndReturnsASuccess() throws Exception {
    RetryAdvisor advisor = new RetryAdvisor(null, Clock.systemUTC(), Sleeper.system());
    try (LoopbackServer server = LoopbackServer.start()) {
      server.play(Reply.json(200, "{\"ok\":false,\"error\":\"channel_not_found\"}"), 1, Reply.OK);
      SlackException e = assertThrows(SlackException.class, () -> readmeLoop(advisor, get(server), DECODER));
      assertEquals(Slack.CHANNEL_NOT_FOUND, e.error().orElseThrow());
      assertEquals(Reply.OK.text(), new String(readmeLoop(advisor, get(server), DECODER).body(), StandardCharsets.UTF_8));
    }
  }
}
