package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Templates ending in {@code {...}}: the API may add further text after the documented message. Such a template
 * matches the message with or without the further text, never inside a word; a template the message must end with
 * wins over one it may go on after (the exact match wins); the further text is no argument, and encoders write the
 * documented text without the marker.
 */
class FurtherTextTest {

  private static final TestEntry EXACT = new TestEntry(403, "EXACT", "Rate limited.");
  private static final TestEntry TAIL = new TestEntry(403, "TAIL", "Rate limited.{...}");
  private static final TestEntry LONGER = new TestEntry(403, "LONGER", "Rate limited. Please try again later.");
  private static final TestEntry BY_IP = new TestEntry(403, "BY_IP", "API rate limit exceeded for {ip}.{...}");
  private static final TestEntry BY_USER = new TestEntry(403, "BY_USER",
      "API rate limit exceeded for user ID {userId:int}.{...}");
  private static final TestEntry LOGIN = new TestEntry(401, "LOGIN", "Login failed for {user}.{...}");
  private static final TestEntry LOGIN_LOCKED = new TestEntry(401, "LOGIN_LOCKED", "Login failed for {user}.");

  private static final ShapeRow MESSAGE = ShapeRow.json("message").message("/message").build();

  private static final List<TestEntry> ALL = List.of(TAIL, EXACT, LONGER, BY_IP, BY_USER, LOGIN, LOGIN_LOCKED);

  private static EntryRow row(TestEntry e) {
    return EntryRow.builder(e.httpStatus(), e.code()).title(e.code()).shape(MESSAGE).message(e.messageTemplate())
        .build();
  }

  private static final CatalogCodec<TestEntry> CODEC = CatalogCodec.of(List.of(MESSAGE), ALL,
      FurtherTextTest::row, TestEntry.TestException::new);

  private static void assertDecodes(int status, String message, TestEntry entry, Map<String, String> args) {
    String body = "{\"message\": \"" + message + "\"}";
    DecodedError<TestEntry> d = CODEC.decode(status, body);
    assertEquals(Optional.ofNullable(entry), d.entry(), () -> body + " -> " + d);
    assertEquals(entry == null ? MatchKind.NONE : MatchKind.MESSAGE, d.matchKind(), body);
    assertEquals(args, d.args(), body);
  }

  @Test
  void theDocumentedMessageMayBeFollowedByFurtherText() {
    assertDecodes(403, "Rate limited. Slow down, please.", TAIL, Map.of());
    assertDecodes(403, "Rate limited.\\n\\nFor 'name', nil is not a string.", TAIL, Map.of());
    assertDecodes(403, "Rate limited", null, Map.of());
    assertDecodes(403, "Rate limitedness.", null, Map.of());
  }

  @Test
  void anExactMatchWinsOverATailMatch() {
    // TAIL comes first in the catalog; the same literal text, and EXACT is the message word for word.
    assertDecodes(403, "Rate limited.", EXACT, Map.of());
    assertDecodes(403, "Rate limited. Please try again later.", LONGER, Map.of());
    assertDecodes(401, "Login failed for ann.", LOGIN_LOCKED, Map.of("user", "ann"));
    // Both match (a string placeholder takes any text): the exact one still wins, its placeholder taking the rest.
    assertDecodes(401, "Login failed for ann. Please try again later.", LOGIN_LOCKED,
        Map.of("user", "ann. Please try again later"));
    assertDecodes(401, "Login failed for ann. Try again later!", LOGIN, Map.of("user", "ann"));
  }

  @Test
  void moreLiteralTextStillWinsAndTheFurtherTextIsNoArgument() {
    assertDecodes(403, "API rate limit exceeded for user ID 1234567.", BY_USER, Map.of("userId", "1234567"));
    assertDecodes(403, "API rate limit exceeded for user ID 1234567. If you reach out to GitHub Support for help,"
        + " please include the request ID C0DE:1234.", BY_USER, Map.of("userId", "1234567"));
    assertDecodes(403, "API rate limit exceeded for 192.0.2.1. (But here's the good news: Authenticated requests"
        + " get a higher rate limit.)", BY_IP, Map.of("ip", "192.0.2.1"));
  }

  @Test
  void theEncoderWritesTheDocumentedTextWithoutTheMarker() {
    assertEquals("{\"message\":\"Rate limited.\"}", CODEC.encode(TAIL, Map.of(), null));
    assertEquals("{\"message\":\"API rate limit exceeded for user ID 7.\"}",
        CODEC.encode(BY_USER, Map.of("userId", 7), null));
    assertEquals("Login failed for {user}.{...}", row(LOGIN).template().display());
    assertEquals("Login failed for ann.", row(LOGIN).template().format(Map.of("user", "ann")));
  }

  @Test
  void aLongUndocumentedMessageCostsWhatItDoesToday() {
    String hostile = "API rate limit exceeded for " + "1.".repeat(130_000) + "x";
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
        () -> assertDecodes(403, hostile, null, Map.of()));
  }
}
