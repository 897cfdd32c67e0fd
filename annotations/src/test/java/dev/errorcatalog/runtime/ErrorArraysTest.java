package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Arrays of errors read through {@code *}: the first element with a documented code is the entry, every documented
 * element is one of {@code errors()} with its own message and fields, list fields are joined as text and given as
 * lists, and a sub-code may be read through an array of its own.
 */
class ErrorArraysTest {

  private static final TestEntry MISSING = new TestEntry(422, "missing_field", "");
  private static final TestEntry INVALID = new TestEntry(422, "invalid", "");
  private static final TestEntry FAILED = new TestEntry(400, "FAILED_PRECONDITION", "");
  private static final TestEntry EXPIRED = new TestEntry(400, "FAILED_PRECONDITION/API_KEY_EXPIRED", "");
  private static final TestEntry TYPO = new TestEntry(422, "typo", "Unknown value {value}.");

  private static final ShapeRow GITHUB = ShapeRow.json("github").code("/errors/*/code").message("/errors/*/message")
      .field("field", "/errors/*/field").field("documentation_url", "/documentation_url")
      .field("allowed", "/allowed/*").build();
  private static final ShapeRow GOOGLE = ShapeRow.json("google").code("/error/status")
      .subcode("/error/details/*/reason").message("/error/message").build();

  private static final Map<TestEntry, EntryRow> ROWS = Map.of(
      MISSING, EntryRow.builder(422, "missing_field").title("Missing").shape(GITHUB).build(),
      INVALID, EntryRow.builder(422, "invalid").title("Invalid").shape(GITHUB).build(),
      TYPO, EntryRow.builder(422, "typo").title("Typo").message("Unknown value {value}.").shape(GITHUB).build(),
      FAILED, EntryRow.builder(400, "FAILED_PRECONDITION").title("Failed").shape(GOOGLE).build(),
      EXPIRED, EntryRow.builder(400, "FAILED_PRECONDITION").subcode("API_KEY_EXPIRED").title("Expired")
          .shape(GOOGLE).build());

  private static final CatalogCodec<TestEntry> CODEC = CatalogCodec.of(List.of(GITHUB, GOOGLE),
      List.of(MISSING, INVALID, TYPO, FAILED, EXPIRED), ROWS::get, TestEntry.TestException::new);

  @Test
  void theFirstDocumentedElementIsTheEntry() {
    DecodedError<TestEntry> d = CODEC.decode(422, "{\"message\": \"Validation Failed\", \"errors\": ["
        + "{\"code\": \"custom\", \"field\": \"a\"}, {\"field\": \"title\", \"code\": \"missing_field\"},"
        + " {\"code\": \"invalid\", \"field\": \"body\", \"message\": \"too long\"}]}");
    assertEquals(Optional.of(MISSING), d.entry());
    assertEquals(MatchKind.CODE, d.matchKind());
    assertEquals(Map.of("field", "title"), d.args());
    assertEquals(List.of(MISSING, INVALID), d.errors().stream().map(e -> e.entry().orElseThrow()).toList());
    DecodedError<TestEntry> second = d.errors().get(1);
    assertEquals(Map.of("field", "body"), second.args());
    assertEquals(Optional.of("too long"), second.message());
    assertEquals(List.of(second), second.errors());
    assertTrue(second.isError());
  }

  @Test
  void eachElementCapturesItsOwnPlaceholders() {
    DecodedError<TestEntry> d = CODEC.decode(422, "{\"errors\": [{\"code\": \"typo\", \"message\": \"Unknown value x.\"},"
        + " {\"code\": \"typo\", \"message\": \"Unknown value y.\"}]}");
    assertEquals(List.of("x", "y"), d.errors().stream().map(e -> e.args().get("value")).toList());
  }

  @Test
  void aSingleErrorIsItsOwnList() {
    DecodedError<TestEntry> d = CODEC.decode(422, "{\"errors\": [{\"code\": \"invalid\"}]}");
    assertEquals(List.of(d), d.errors());
    DecodedError<TestEntry> none = CODEC.decode(422, "{\"errors\": [{\"code\": \"unknown\"}]}");
    assertEquals(Optional.empty(), none.entry());
    assertEquals(List.of(), none.errors());
  }

  @Test
  void listFieldsAreJoinedAsTextAndGivenAsLists() {
    DecodedError<TestEntry> d = CODEC.decode(422,
        "{\"allowed\": [\"open\", 2, true, null, {\"x\": 1}, \"closed\"], \"errors\": [{\"code\": \"invalid\"}]}");
    assertEquals("open, 2, true, closed", d.args().get("allowed"));
    assertEquals(Map.of("allowed", List.of("open", "2", "true", "closed")), d.listArgs());
    DecodedError<TestEntry> empty = CODEC.decode(422, "{\"allowed\": [], \"errors\": [{\"code\": \"invalid\"}]}");
    assertEquals(Map.of(), empty.args());
    assertEquals(Map.of("allowed", List.of()), empty.listArgs());
  }

  @Test
  void aSubcodeThroughItsOwnArrayRefinesAtAnyPosition() {
    String body = "{\"error\": {\"status\": \"FAILED_PRECONDITION\", \"details\": [{\"@type\": \"Help\"},"
        + " {\"@type\": \"ErrorInfo\", \"reason\": \"API_KEY_EXPIRED\"}]}}";
    assertEquals(Optional.of(EXPIRED), CODEC.decode(400, body).entry());
    assertEquals(Optional.of(FAILED), CODEC.decode(400,
        "{\"error\": {\"status\": \"FAILED_PRECONDITION\", \"details\": [{\"reason\": \"OTHER\"}]}}").entry());
  }

  @Test
  void elementsBeyondTheLimitAreSkipped() {
    String filler = "{\"code\": \"custom\"}";
    StringBuilder body = new StringBuilder("{\"errors\": [");
    for (int i = 0; i < BodyValues.MAX_ELEMENTS; i++) {
      body.append(filler).append(", ");
    }
    body.append("{\"code\": \"invalid\"}]}");
    assertEquals(Optional.empty(), CODEC.decode(422, body.toString()).entry());
    String within = body.toString().replaceFirst("\\{\"code\": \"custom\"}, ", "");
    assertEquals(Optional.of(INVALID), CODEC.decode(422, within).entry());
  }

  @Test
  void theEncoderWritesOneElement() {
    assertEquals("{\"errors\":[{\"code\":\"invalid\"}]}", CODEC.encode(INVALID, Map.of(), null));
  }
}
