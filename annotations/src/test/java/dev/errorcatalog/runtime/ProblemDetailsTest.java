package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionError;
import dev.errorcatalog.testkit.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RFC 9457 bodies: the entry named by {@code code} or {@code type}, {@code detail} as the message. */
class ProblemDetailsTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String DOCS = "https://docs.example.com/errors/decisions/#";

  private static DecodedError<DecisionError> decode(int status, String contentType, String body) {
    return decode(status, Map.of("Content-Type", List.of(contentType)), body.getBytes(StandardCharsets.UTF_8));
  }

  private static DecodedError<DecisionError> decode(int status, Map<String, List<String>> headers, byte[] body) {
    return DecisionCatalog.INSTANCE.decoder().decode(status, headers, body);
  }

  @Test
  void aTypeUriWhoseFragmentIsTheAnchorNamesTheEntry() {
    DecodedError<DecisionError> d = decode(429,
        Map.of("content-type", List.of(PROBLEM), "Retry-After", List.of("7")),
        ("{\"type\":\"" + DOCS + "rate-limited\",\"title\":\"Too many requests\",\"status\":429,"
            + "\"detail\":\"slow down\",\"instance\":\"/orders/1\"}").getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of(DecisionError.RATE_LIMITED), d.entry());
    assertEquals(MatchKind.CODE, d.matchKind());
    assertEquals(Optional.of("slow down"), d.message());
    assertEquals(Optional.of(Duration.ofSeconds(7)), d.retryAfter());
  }

  @Test
  void theUrnOfCatalogAndAnchorNamesTheEntryAndTheDetailFillsThePlaceholders() {
    DecodedError<DecisionError> d = decode(400, PROBLEM,
        "{\"type\":\"urn:errorcatalog:decisions:invalid-order\",\"detail\":\"Order 42 is invalid\"}");
    assertEquals(Optional.of(DecisionError.INVALID_ORDER), d.entry());
    assertEquals(Map.of("orderId", "42"), d.args());
    assertEquals("Order 42 is invalid", d.toException().getMessage());
  }

  @Test
  void theCodeMemberNamesTheEntryAndArgsComeFromTheArgsMemberInAnyKeyOrder() {
    String[] bodies = {
        "{\"code\":\"INVALID_ORDER\",\"detail\":\"Order 42 is invalid\",\"args\":{\"orderId\":42}}",
        "{\"args\":{\"orderId\":\"42\"},\"detail\":\"Order 42 is invalid\",\"code\":\"INVALID_ORDER\"}",
        "{\"instance\":\"/o\",\"extra\":{\"code\":\"KEY_EXPIRED\",\"list\":[1,{\"detail\":\"no\"}]},"
            + "\"args\":{\"orderId\":42,\"nested\":{\"x\":1},\"list\":[2]},\"title\":\"Order is invalid\","
            + "\"code\":\"INVALID_ORDER\",\"status\":400,\"detail\":\"Order 42 is invalid\"}",
    };
    for (String body : bodies) {
      DecodedError<DecisionError> d = decode(400, PROBLEM, body);
      assertEquals(Optional.of(DecisionError.INVALID_ORDER), d.entry(), body);
      assertEquals(Map.of("orderId", "42"), d.args(), body);
      assertEquals(Optional.of("Order 42 is invalid"), d.message(), body);
    }
  }

  @Test
  void theArgsMemberWinsOverWhatTheDetailCaptures() {
    DecodedError<DecisionError> d = decode(502, PROBLEM,
        "{\"code\":\"UPSTREAM_FAILED\",\"detail\":\"upstream billing failed\",\"args\":{\"upstream\":\"billing-eu\"}}");
    assertEquals(Map.of("upstream", "billing-eu"), d.args());
  }

  @Test
  void aNumericCodeMayBeANumberOrAString() {
    CatalogCodec<TestEntry> acme = AcmeCatalog.codec();
    for (String code : new String[] {"1000", "\"1000\""}) {
      DecodedError<TestEntry> d = acme.decode(400, Map.of("Content-Type", List.of(PROBLEM)),
          ("{\"code\":" + code + ",\"detail\":\"Invalid value x\"}").getBytes(StandardCharsets.UTF_8));
      assertEquals(Optional.of(AcmeCatalog.INVALID_VALUE), d.entry(), code);
      assertEquals(Map.of("value", "x"), d.args(), code);
    }
  }

  @Test
  void withoutADetailTheEntryIsStillNamedAndTheMessageIsAbsent() {
    DecodedError<DecisionError> d = decode(401, PROBLEM, "{\"type\":\"" + DOCS + "key-expired\",\"status\":401}");
    assertEquals(Optional.of(DecisionError.KEY_EXPIRED), d.entry());
    assertEquals(Optional.empty(), d.message());
    assertFalse(d.toException().getMessage().isEmpty());
  }

  @Test
  void anUnknownTypeOrCodeFallsBackToTheShapesAndTheStatus() {
    assertEquals(MatchKind.NONE, decode(400, PROBLEM, "{\"type\":\"" + DOCS + "no-such-entry\",\"detail\":\"x\"}").matchKind());
    assertEquals(MatchKind.NONE, decode(400, PROBLEM, "{\"type\":\"about:blank\",\"title\":\"Bad Request\"}").matchKind());
    assertEquals(MatchKind.NONE, decode(400, PROBLEM, "{\"code\":\"NO_SUCH_CODE\"}").matchKind());
    // 503 is documented by its status alone, without a body: a problem body there is not that entry's.
    DecodedError<DecisionError> busy = decode(503, PROBLEM, "{\"type\":\"" + DOCS + "unknown\",\"status\":503}");
    assertEquals(Optional.empty(), busy.entry());
    assertEquals(MatchKind.NONE, busy.matchKind());
    assertEquals(Optional.of(DecisionError.BUSY), decode(503, PROBLEM, "").entry());
  }

  @Test
  void aTypeCountsOnlyAtItsEntrysStatusAndAUrnOnlyForThisCatalog() {
    assertEquals(MatchKind.NONE,
        decode(400, PROBLEM, "{\"type\":\"" + DOCS + "key-expired\",\"detail\":\"API key expired\"}").matchKind());
    assertEquals(MatchKind.NONE,
        decode(400, PROBLEM, "{\"type\":\"urn:errorcatalog:other:invalid-order\",\"detail\":\"x\"}").matchKind());
  }

  @Test
  void onlyTheProblemMediaTypeIsReadAsAProblemAnyCaseAndParameters() {
    String body = "{\"type\":\"" + DOCS + "rate-limited\",\"detail\":\"slow down\"}";
    assertEquals(MatchKind.NONE, decode(429, "application/json", body).matchKind(),
        "a problem-shaped body under another type is read by the catalog's shapes, which read no type member");
    assertEquals(MatchKind.NONE, decode(429, Map.of(), body.getBytes(StandardCharsets.UTF_8)).matchKind());
    assertEquals(Optional.of(DecisionError.RATE_LIMITED),
        decode(429, "Application/Problem+JSON ; charset=UTF-8", body).entry());
  }

  @Test
  void aGzippedProblemIsReadAsItsContentAndTheRawBodyIsKept() {
    Reply reply = new Reply(429, PROBLEM, Map.of(),
        ("{\"type\":\"" + DOCS + "rate-limited\",\"detail\":\"slow down\"}").getBytes(StandardCharsets.UTF_8), true);
    byte[] wire = reply.wire();
    DecodedError<DecisionError> d = decode(429, reply.allHeaders(), wire);
    assertEquals(Optional.of(DecisionError.RATE_LIMITED), d.entry());
    assertArrayEquals(wire, d.rawBody());
  }

  @Test
  void brokenProblemBodiesNeverThrowAndNameTheEntryAsFarAsTheyWereRead() {
    assertEquals(Optional.of(DecisionError.INVALID_ORDER),
        decode(400, PROBLEM, "{\"type\":\"" + DOCS + "invalid-order\",\"detail\":\"Order 4").entry());
    for (String body : new String[] {"", "[]", "[{\"code\":\"INVALID_ORDER\"}]", "\"INVALID_ORDER\"", "<html>",
        "{\"code\":", "{\"code\":{\"code\":\"INVALID_ORDER\"}}", "{\"type\":42}", "{" + "[".repeat(10_000)}) {
      DecodedError<DecisionError> d = decode(400, PROBLEM, body);
      assertEquals(MatchKind.NONE, d.matchKind(), body);
      assertTrue(d.entry().isEmpty(), body);
    }
  }

  @Test
  void aMemberGivenTwiceCountsTheFirstTime() {
    DecodedError<DecisionError> d = decode(400, PROBLEM,
        "{\"code\":\"INVALID_ORDER\",\"code\":\"KEY_EXPIRED\",\"detail\":\"Order 1 is invalid\",\"detail\":\"no\"}");
    assertEquals(Optional.of(DecisionError.INVALID_ORDER), d.entry());
    assertEquals(Optional.of("Order 1 is invalid"), d.message());
  }

  @Test
  void whatProblemDetailsWritesTheDecoderReadsBack() {
    DecisionError entry = DecisionError.INVALID_ORDER;
    Map<String, String> args = new LinkedHashMap<>();
    args.put("orderId", "42");
    args.put("note", "say \"hi\"\\é");
    byte[] body = ProblemDetails.write(entry, ProblemDetails.urn(entry), "Order 42 is invalid", args);
    assertEquals("{\"type\":\"urn:errorcatalog:" + DecisionCatalog.ID + ":invalid-order\",\"title\":\"Order is invalid\","
        + "\"status\":400,\"detail\":\"Order 42 is invalid\",\"code\":\"INVALID_ORDER\","
        + "\"args\":{\"orderId\":\"42\",\"note\":\"say \\\"hi\\\"\\\\é\"}}",
        new String(body, StandardCharsets.UTF_8));
    assertEquals(PROBLEM, ProblemDetails.MEDIA_TYPE);

    DecodedError<DecisionError> d = decode(400, Map.of("Content-Type", List.of(ProblemDetails.MEDIA_TYPE)), body);
    assertEquals(Optional.of(entry), d.entry());
    assertEquals(MatchKind.CODE, d.matchKind());
    assertEquals(Optional.of("Order 42 is invalid"), d.message());
    assertEquals("42", d.args().get("orderId"));
    assertEquals("say \"hi\"\\é", d.args().get("note"));

    // Without the code member, the URN alone names the entry.
    String byType = new String(body, StandardCharsets.UTF_8).replace("\"code\":\"INVALID_ORDER\",", "");
    assertEquals(Optional.of(entry), decode(400, ProblemDetails.MEDIA_TYPE, byType).entry());
  }
}
