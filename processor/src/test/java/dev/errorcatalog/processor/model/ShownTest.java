package dev.errorcatalog.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShownTest {

  @Test
  void aShortVisibleValueIsShownAsWritten() {
    assertEquals("'ORDER_NOT_FOUND'", Shown.quoted("ORDER_NOT_FOUND"));
    assertEquals("\"Größe — ✓ 日本語 😀\"", Shown.doubleQuoted("Größe — ✓ 日本語 😀"));
    assertEquals("C:\\path", Shown.bare("C:\\path"));
    assertFalse(Shown.altered("ORDER_NOT_FOUND"));
  }

  @Test
  void aLongValueIsCutToEightyCharactersWithItsLength() {
    String shown = Shown.quoted("9".repeat(5_000));
    assertEquals("'" + "9".repeat(80) + "…' (5,000 characters)", shown);
    assertEquals("9".repeat(80) + "… (5,000 characters)", Shown.bare("9".repeat(5_000)));
    assertEquals("'" + "x".repeat(80) + "'", Shown.quoted("x".repeat(80)), "80 characters are shown whole");
    assertTrue(Shown.altered("x".repeat(81)));
  }

  @Test
  void charactersWithoutAVisibleFormAreEscaped() {
    assertEquals("'A\\nB\\r\\tC'", Shown.quoted("A\nB\r\tC"));
    assertEquals("'fix\\u00A0'", Shown.quoted("fix\u00A0"));
    assertEquals("'a\\u0000b\\u001Bc\\u007Fd\\u0085'", Shown.quoted("a\u0000b\u001Bc\u007Fd\u0085"));
    assertEquals("'\\u200Bcode\\u202E\\uFEFF\\u2028'", Shown.quoted("\u200Bcode\u202E\uFEFF\u2028"));
    assertTrue(Shown.altered("a\u200Bb"));
  }

  @Test
  void aCutNeverSplitsAnEscapeOrASurrogatePair() {
    String escapes = Shown.bare("\u0000".repeat(100));
    assertTrue(escapes.startsWith("\\u0000".repeat(13) + "…"), escapes);
    String emoji = Shown.bare("a" + "😀".repeat(100));
    String head = emoji.substring(0, emoji.indexOf('…'));
    assertFalse(Character.isHighSurrogate(head.charAt(head.length() - 1)), emoji);
  }

  @Test
  void charactersAreNamed() {
    assertEquals("U+0000 (null)", Shown.character(0));
    assertEquals("U+00A0 (no-break space)", Shown.character(0xA0));
    assertEquals("65,536", Shown.number(65_536));
  }
}
