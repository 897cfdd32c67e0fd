package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SafeText}: what the library shows of a response is one line, never empty, never huge. */
class SafeTextTest {

  @Test
  void plainTextIsShownAsItIs() {
    String text = "Contact not found. Ünïcødé, emoji \ud83d\ude00, quotes \" and \\ backslashes";
    assertSame(text, SafeText.of(text));
  }

  @Test
  void logInjectionIsEscaped() {
    String shown = SafeText.of("Contact not found.\r\nX-Injected: 1\u001b[31m");
    assertEquals("Contact not found.\\r\\nX-Injected: 1\\u001B[31m", shown);
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x07, 0x08, 0x0B, 0x0C, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0x061C, 0x200E, 0x200F, 0x2028,
      0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xD800, 0xDC00})
  void everyControlSeparatorAndBidiCharacterIsEscaped(int c) {
    String shown = SafeText.of("a" + (char) c + "b");
    assertEquals("a" + String.format("\\u%04X", c) + "b", shown);
  }

  @Test
  void surrogatePairsStayWhole() {
    String pair = "\ud83d\ude00";
    assertEquals(pair, SafeText.of(pair));
    assertEquals("\\uD83D" + "x", SafeText.of("\ud83d" + "x"));
    assertEquals("x\\uDE00", SafeText.of("x\ude00"));
    // Cut at 500: a pair that would straddle the limit is left out whole.
    String text = "a".repeat(499) + pair + "tail";
    String shown = SafeText.of(text);
    assertEquals("a".repeat(499) + "... [shortened: 505 characters]", shown);
  }

  @Test
  void longTextIsShortenedWithAMarker() {
    String mega = "x".repeat(1_000_000);
    String shown = SafeText.of(mega);
    assertEquals("x".repeat(500) + "... [shortened: 1000000 characters]", shown);
    assertEquals(500, SafeText.of("y".repeat(500)).length());
  }

  @Test
  void escapesAreNeverCut() {
    String shown = SafeText.of("a".repeat(497) + "\u001b\u001b");
    assertEquals("a".repeat(497) + "... [shortened: 499 characters]", shown);
  }

  @Test
  void messagesAreNeverEmpty() {
    CatalogError entry = entry("Not Found");
    assertEquals("Not Found", SafeText.message("", entry, 404));
    assertEquals("Not Found", SafeText.message("   \r\n", entry, 404));
    assertEquals("Not Found", SafeText.message(null, entry, 404));
    assertEquals("HTTP 404, not documented", SafeText.message("", null, 404));
    assertEquals("HTTP 404, not documented", SafeText.message(" ", entry(""), 404));
    assertEquals("gone\\n", SafeText.message("gone\n", entry, 404));
  }

  @Test
  void exceptionsShowTheSafeMessageAndKeepTheArguments() {
    String received = "Contact not found.\r\nX-Injected: 1\u001b[31m" + "z".repeat(1_000_000);
    CatalogException e = new TestException(entry("Not Found"), 404, received, Map.of("detail", received));
    assertFalse(e.getMessage().contains("\n"));
    assertFalse(e.getMessage().contains("\u001b"));
    assertTrue(e.getMessage().length() < 600, "shortened");
    assertTrue(e.toString().endsWith(e.getMessage()));
    assertEquals(received, e.args().get("detail"), "args keep the full text");
    assertEquals("Not Found", new TestException(entry("Not Found"), 404, "", Map.of()).getMessage());
    assertEquals("HTTP 502, not documented", new TestException(null, 502, "  ", Map.of()).getMessage());
  }

  static final class TestException extends CatalogException {
    private static final long serialVersionUID = 1L;

    TestException(CatalogError error, int status, String message, Map<String, String> args) {
      super(error, status, message, args, null, null);
    }
  }

  static CatalogError entry(String title) {
    return new CatalogError() {
      @Override public String catalogId() { return "test"; }
      @Override public int httpStatus() { return 404; }
      @Override public String code() { return "NOT_FOUND"; }
      @Override public String title() { return title; }
      @Override public String messageTemplate() { return ""; }
      @Override public List<String> placeholders() { return List.of(); }
      @Override public RetryClass retryClass() { return RetryClass.NEVER; }
      @Override public String anchor() { return "not-found"; }
      @Override public String format(Map<String, ?> args) { return ""; }
    };
  }
}
